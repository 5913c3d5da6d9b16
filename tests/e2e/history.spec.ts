import { expect, test } from "@playwright/test";
import { scanOf } from "../../lib/history/make-scan";
import { HistoryPage, seedReport } from "./pages/history-page";
import { signInAs } from "./pages/login-page";

// Bringing history in: the office uploads the report of the first quarter of 2019, reviews what was
// read (accepts the proposals, rejects one, corrects one), applies, and sees the quarter on the
// overview. The demo's months start in 2022, so 2019-Q1 shows the report's figures (reported).

test("the office reads a past quarter report, reviews it, applies it and sees the quarter on the overview", async ({
  page,
}) => {
  await signInAs(page, "vanphong");
  await page.getByRole("link", { name: "Nhập số liệu" }).click();
  await page.getByRole("link", { name: "Số liệu từ báo cáo cũ" }).click();
  const history = new HistoryPage(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Số liệu từ báo cáo cũ");

  await history.read([seedReport]);
  const result = history.results().first();
  await expect(result).toContainText("003_047a4ae5ab10d50a.txt");
  await expect(result).toContainText(/\d+ số liệu đề xuất/);
  await expect(result.getByLabel("Loại kỳ")).toHaveValue("quarter");
  await expect(result.getByLabel("Kỳ", { exact: true })).toHaveValue("2019-Q1");
  await result.getByRole("link", { name: "Xem lại và áp dụng" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xem lại số liệu từ báo cáo");
  await expect(page.getByText("Quý I/2019").first()).toBeVisible();
  // Proposed: the best reading of each indicator, its number marked in its sentence.
  const certificates = history.mainCandidate("it.certs_active");
  await expect(certificates.accept).toBeChecked();
  await expect(certificates.value).toHaveValue("479");
  await expect(history.indicator("it.certs_active").locator("mark").first()).toHaveText("479");
  // "trên 50 văn bản": approximate, not accepted until someone says so.
  const documents = history.mainCandidate("dir.docs_issued");
  await expect(history.indicator("dir.docs_issued")).toContainText("xấp xỉ");
  await expect(documents.accept).not.toBeChecked();

  await history.mainCandidate("it.gov_mailboxes").accept.uncheck();
  await history.mainCandidate("press.publishing_licenses").value.fill("50");
  await expect(history.mainCandidate("press.publishing_licenses").accept).toBeChecked();
  await expect(page.getByText("Các số liệu được chấp nhận được lưu là số liệu báo cáo của quý I/2019")).toBeVisible();
  await page.getByRole("button", { name: "Áp dụng" }).click();
  const status = page.getByTestId("apply-status");
  await expect(status).toContainText(/Đã lưu \d+ số liệu của quý I\/2019/);

  await status.getByRole("link", { name: /trên trang Tổng quan/ }).click();
  await expect(page).toHaveURL(/period=2019-Q1/);
  await expect(page.getByTestId("tile-it.certs_active").getByTestId("tile-value")).toHaveText("479");
  await expect(page.getByTestId("tile-press.publishing_licenses").getByTestId("tile-value")).toHaveText("50");

  // The list says it was applied; the review shows the decisions, read only.
  await history.open();
  const applied = page.getByTestId("imports").getByRole("row", { name: /Đã áp dụng/ });
  await expect(applied).toContainText("003_047a4ae5ab10d50a.txt");
  await applied.getByRole("link", { name: "003_047a4ae5ab10d50a.txt" }).click();
  await expect(page.getByText(/Đã áp dụng ngày/)).toBeVisible();
  await expect(history.mainCandidate("it.gov_mailboxes").accept).not.toBeChecked();
  await expect(history.indicator("press.publishing_licenses")).toContainText("Đã sửa");
  await expect(page.getByRole("button", { name: "Áp dụng" })).toHaveCount(0);
});

test("a scanned report is read by OCR page by page, says so, shows each page beside its text, and a figure it doubts waits", async ({
  page,
}) => {
  const scan = await scanOf([
    "BÁO CÁO Kết quả công tác thông tin và truyền thông tháng 6 năm 2023",
    "Toàn tỉnh hiện có 1.290 trạm thu, phát sóng thông tin di động (BTS).",
    "Thực hiện các thủ tục lắp đặt 01 pano (02 mặt) tuyên truyền biển đảo và 01 pano (01 mặt) tuyên truyền quản lý vùng bờ.",
    // Pages enough for OCR to take several seconds, so that the page sees it read them one by one.
    ...Array.from(
      { length: 90 },
      () => "Các phòng chuyên môn tiếp tục theo dõi, đôn đốc việc thực hiện các nhiệm vụ được giao trong lĩnh vực.",
    ),
  ]);
  expect(scan.pages).toBeGreaterThan(1);
  await signInAs(page, "vanphong");
  const history = new HistoryPage(page);
  await history.open();
  await page
    .getByLabel(/Tệp báo cáo/)
    .setInputFiles([{ name: "bao-cao-quet.pdf", mimeType: "application/pdf", buffer: scan.pdf }]);
  await page.getByRole("button", { name: "Đọc báo cáo" }).click();
  // While OCR reads, the page says which page it is on.
  await expect(page.getByTestId("ocr-progress")).toHaveText(
    new RegExp(`^Đang nhận dạng chữ \\(OCR\\) bao-cao-quet\\.pdf: trang \\d/${scan.pages}$`),
    { timeout: 20_000 },
  );
  await expect(page.getByTestId("history-progress")).toContainText("Đã đọc 1/1", { timeout: 60_000 });
  await expect(page.getByTestId("ocr-progress")).toHaveCount(0);
  const result = history.results().first();
  await expect(result).toContainText(`Bản quét: đã nhận dạng chữ (OCR) ${scan.pages} trang`);
  await expect(result.getByLabel("Kỳ", { exact: true })).toHaveValue("2023-06");
  await result.getByRole("link", { name: "Xem lại và áp dụng" }).click();
  await expect(history.mainCandidate("tel.bts").accept).toBeChecked();
  await expect(history.mainCandidate("tel.bts").value).toHaveValue("1.290");
  // Two panels, each printed as 01: the reading of one is only a suggestion.
  await expect(history.indicator("press.outdoor_panels")).toContainText("chưa chắc chắn");
  await expect(history.mainCandidate("press.outdoor_panels").accept).not.toBeChecked();

  // The page's image beside the text read from it.
  const pages = page.getByTestId("scan-pages");
  await expect(pages.getByRole("heading", { name: `Các trang quét (${scan.pages})` })).toBeVisible();
  await pages.getByText("Trang 1", { exact: true }).click();
  await expect(pages.getByRole("img", { name: "Ảnh trang 1 của bản quét" })).toHaveJSProperty("complete", true);
  expect(await pages.getByRole("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(300);
  await expect(pages.getByTestId("scan-page-text-1")).toContainText("trạm thu, phát sóng");
});

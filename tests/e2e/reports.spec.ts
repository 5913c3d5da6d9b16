import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signInAs } from "./pages/login-page";

test("the office drafts a nine-month report, edits it, refreshes figures, downloads Word and records the signature", async ({
  page,
}) => {
  await signInAs(page, "vanphong");
  await page.getByRole("link", { name: "Báo cáo", exact: true }).click();
  await page.locator("#report-kind").selectOption("nine");
  await page.locator("#report-period").selectOption({ label: "9 tháng đầu năm 2023" });
  await page.getByRole("button", { name: "Tạo dự thảo" }).click();
  await expect(page).toHaveURL(/\/reports\/\w+/);
  const paper = page.getByTestId("report-paper");
  await expect(paper).toContainText(
    "Kết quả công tác thông tin và truyền thông 9 tháng đầu năm 2023 và kế hoạch công tác quý IV/2023",
  );
  await expect(paper).toContainText("III. KẾ HOẠCH CÔNG TÁC QUÝ IV/2023");
  await expect(paper).toContainText("- Có Văn bản gửi các cơ quan, đơn vị có liên quan và Bưu điện tỉnh");

  // Every figure of the period is on the page; one removed is listed and comes back with one click.
  const coverage = page.getByTestId("report-coverage");
  await expect(coverage).toHaveText(/Đã nêu (\d+)\/\1 số liệu của kỳ/);
  const ict = paper.locator("[data-testid^='paragraph-']", {
    hasText: "doanh nghiệp kinh doanh lĩnh vực công nghệ thông tin",
  });
  await ict.getByRole("button", { name: "Xóa đoạn" }).click();
  await expect(coverage).toContainText("Doanh nghiệp kinh doanh lĩnh vực công nghệ thông tin:");
  await coverage.getByRole("button", { name: "Thêm vào báo cáo" }).click();
  await expect(coverage).toHaveText(/Đã nêu (\d+)\/\1 số liệu của kỳ/);
  await expect(paper).toContainText("- Doanh nghiệp kinh doanh lĩnh vực công nghệ thông tin:");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByTestId("report-message")).toHaveText("Đã lưu.");

  const postal = page.getByTestId("paragraph-tpl:postal-telecom-it:0");
  await postal.getByRole("button", { name: "Sửa" }).click();
  await postal.getByRole("textbox").fill("- Mạng bưu chính tiếp tục được củng cố (đoạn đã sửa).");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByTestId("report-message")).toHaveText("Đã lưu.");
  // The edit took the postal figures off the page: the coverage says which.
  await expect(coverage).toContainText("Điểm phục vụ bưu chính:");

  await page.getByRole("button", { name: "Cập nhật số liệu" }).click();
  await expect(page.getByTestId("report-message")).toContainText("Đã cập nhật số liệu");
  await expect(postal).toContainText("(đoạn đã sửa)");
  await page.reload();
  await expect(page.getByTestId("paragraph-tpl:postal-telecom-it:0")).toContainText("(đoạn đã sửa)");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải Word (.docx)" }).click();
  const docx = readFileSync((await (await download).path())!);
  expect(docx.subarray(0, 2).toString()).toBe("PK");
  expect(docx.length).toBeGreaterThan(5000);

  // The assessment is the office's to write: Trình ký lists it before sending.
  await expect(page.getByTestId("placeholder-note").first()).toContainText("Phần này do Văn phòng viết");
  await page.getByRole("button", { name: "Trình ký" }).click();
  const warnings = page.getByTestId("signature-warnings");
  await expect(warnings).toContainText("Phần đánh giá chưa viết");
  await warnings.getByRole("button", { name: "Vẫn trình ký" }).click();
  await expect(page.getByTestId("report-status")).toHaveText("Trình ký");
  // Sent for signature it is read-only, and says so, until returned to draft; it still prints.
  await expect(page.getByTestId("report-read-only")).toHaveText("Đang trình ký: trả về dự thảo để sửa.");
  await expect(page.getByRole("button", { name: "Lưu thay đổi" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Cập nhật số liệu" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Thêm đoạn" })).toHaveCount(0);
  await expect(postal.getByRole("button", { name: "Sửa" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "In / PDF" })).toBeVisible();
  const sign = page.getByTestId("sign-form");
  await sign.getByLabel("Số").fill("298");
  await sign.getByLabel("Ngày ký").fill("13/09/2023");
  // A real scan is several MB (the server actions' default limit was 1 MB).
  const scan = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(3_000_000, 32), Buffer.from("\n%%EOF\n")]);
  await sign
    .getByLabel("Bản đã ký (PDF)")
    .setInputFiles({ name: "bao-cao-da-ky.pdf", mimeType: "application/pdf", buffer: scan });
  await sign.getByRole("button", { name: "Đánh dấu đã ký" }).click();
  await expect(page.getByTestId("report-status")).toHaveText("Đã ký");
  await expect(paper).toContainText("Số: 298/BC-STTTT-VP");
  await expect(paper).toContainText("Trà Vinh, ngày 13 tháng 9 năm 2023");
  await expect(page.getByRole("button", { name: "Lưu thay đổi" })).toHaveCount(0);
});

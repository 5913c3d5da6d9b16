import { expect, test } from "@playwright/test";
import { LoginPage, signInAs } from "./pages/login-page";

// Reporting up, as the office and the units meet it: what is due this month and next.

test("the calendar lists this month's and next month's reports and units' figures with their due days", async ({
  page,
}) => {
  await signInAs(page, "vanphong");
  await page.getByRole("navigation", { name: "Menu chính" }).getByRole("link", { name: "Lịch báo cáo" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lịch báo cáo");
  const months = page.locator('[data-testid^="calendar-2"]');
  await expect(months).toHaveCount(2);
  const first = months.first();
  // A month's report is always due in its month, with the cut-off of its figures.
  await expect(first.getByTestId("calendar-reports").locator("tr[data-period]").first()).toContainText(
    /Số liệu từ 15\/\d{2}\/\d{4} đến 14\/\d{2}\/\d{4}/,
  );
  await expect(first.getByTestId("calendar-units").locator("tr[data-unit]")).not.toHaveCount(0);
  for (const cell of await first.locator("[data-state]").allInnerTexts())
    expect(["Đúng hạn", "Muộn", "Quá hạn", "Sắp đến hạn", "Chưa đến hạn"]).toContain(cell);
});

test("the office sends this month's signed report to the ministry, which sees it with its due day and accepts it", async ({
  browser,
}) => {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
  const [year, month, day] = today.split("-");
  const period = `${year}-${month}`;
  const office = await browser.newPage();
  await signInAs(office, "vanphong");
  await office
    .getByRole("navigation", { name: "Menu chính" })
    .getByRole("link", { name: "Báo cáo", exact: true })
    .click();
  await office.locator("#report-kind").selectOption("month");
  await office.locator("#report-period").selectOption(period);
  await office.getByRole("button", { name: "Tạo dự thảo" }).click();
  await expect(office).toHaveURL(/\/reports\/\w+/);
  await office.getByRole("button", { name: "Trình ký" }).click();
  const warnings = office.getByTestId("signature-warnings");
  if (await warnings.isVisible()) await warnings.getByRole("button", { name: "Vẫn trình ký" }).click();
  const sign = office.getByTestId("sign-form");
  await sign.getByLabel("Số").fill("501");
  await sign.getByLabel("Ngày ký").fill(`${day}/${month}/${year}`);
  await sign
    .getByLabel("Bản đã ký (PDF)")
    .setInputFiles({ name: "da-ky.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await sign.getByRole("button", { name: "Đánh dấu đã ký" }).click();
  await expect(office.getByTestId("report-status")).toHaveText("Đã ký");
  const panel = office.getByTestId("submission-panel");
  await expect(panel).toContainText("Gửi bản đã ký và số liệu của kỳ lên Bộ Khoa học và Công nghệ");
  await panel.getByRole("button", { name: "Gửi Bộ" }).click();
  // Sent, the form gives way to the submission and its state.
  await expect(panel.getByTestId("submission")).toContainText("Đã gửi, chờ xem xét");
  await expect(panel.getByRole("button", { name: "Gửi Bộ" })).toHaveCount(0);

  // The ministry's office: the province stands as sent (on time up to the 15th), its report opens, it accepts.
  const ministry = await browser.newPage();
  // It reports nothing itself: it opens on the provinces' reports.
  await new LoginPage(ministry).signIn("bo.tiepnhan");
  await expect(ministry.getByRole("heading", { level: 1 })).toHaveText("Báo cáo các tỉnh");
  await ministry.getByRole("navigation", { name: "Menu chính" }).getByRole("link", { name: "Các tỉnh" }).click();
  const row = ministry.locator('tr[data-organisation="tra-vinh-stttt"]');
  await expect(row).toContainText(Number(day) <= 15 ? "Đã gửi đúng hạn" : "Gửi muộn");
  await expect(row).toContainText(`15/${month}/${year}`);
  await expect(ministry.locator('tr[data-organisation="ha-tinh-stttt"]')).not.toHaveAttribute(
    "data-standing",
    /onTime|late|accepted/,
  );
  await expect(ministry.getByTestId("ministry-standings").locator("tr[data-organisation]")).toHaveCount(34);
  await row.getByRole("link").click();
  await expect(ministry.getByTestId("submission-figures")).toBeVisible();
  await ministry.getByTestId("accept-submission").getByRole("button", { name: "Chấp nhận" }).click();
  // Decided, the forms give way.
  await expect(ministry.getByTestId("accept-submission")).toHaveCount(0);
  await ministry.reload();
  await expect(ministry.getByTestId("submission-state")).toHaveText("Bộ đã chấp nhận");
  // It now counts in the national figures (this month has none yet in the demo: the table says so).
  await ministry.getByRole("link", { name: "Báo cáo các tỉnh" }).click();
  await expect(ministry.getByText("Số liệu cả nước: từ 1/34 báo cáo đã chấp nhận")).toBeVisible();

  await office.reload();
  await expect(office.getByTestId("submission-panel").getByTestId("submission")).toContainText("Bộ đã chấp nhận");
  // The bell tells the office; opening the notification marks it read and leads to the report.
  await expect(office.getByTestId("bell-count")).toBeVisible();
  await office.getByTestId("bell").click();
  const accepted = office.getByTestId("notifications").locator("li", { hasText: "Bộ đã chấp nhận báo cáo tháng" });
  await expect(accepted).toHaveAttribute("data-read", "no");
  await accepted.getByRole("button").click();
  await expect(office.getByTestId("submission-panel")).toBeVisible();
  await office.getByTestId("bell").click();
  await expect(
    office.getByTestId("notifications").locator("li", { hasText: "Bộ đã chấp nhận báo cáo tháng" }),
  ).toHaveAttribute("data-read", "yes");
});

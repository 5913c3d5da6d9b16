import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { signInAs } from "./pages/login-page";

/** The demo's figures end with the month before today, as Vietnam counts months. */
function lastDemoMonth(): { year: number; month: number } {
  const [year, month] = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Ho_Chi_Minh",
    year: "numeric",
    month: "2-digit",
  })
    .format(new Date())
    .split("-")
    .map(Number);
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

/** The % change a tile prints before a comparison's label: "+1.234 (+5,2%) so với cùng kỳ (tháng 10)" -> 5.2. */
function percentBefore(text: string, label: string): number {
  const escaped = label.replace(/[()]/g, "\\$&");
  const match = new RegExp(`\\(([+-]?[\\d.]+(?:,\\d+)?)%\\) ${escaped}`).exec(text);
  if (!match) throw new Error(`no change "${label}" in: ${text}`);
  return Number(match[1].replace(/\./g, "").replace(",", "."));
}

test("a director reads nine months, opens an indicator, downloads its data and shares the view", async ({ page }) => {
  await signInAs(page, "giamdoc");
  await expect(page.getByTestId("tile-ps.dossiers_received")).toContainText("so với kỳ trước");

  await page.getByLabel("Năm").selectOption("2023");
  await expect(page).toHaveURL(/period=2023-\d\d/);
  await page.getByLabel("Loại kỳ").selectOption("nine");
  await expect(page).toHaveURL(/period=2023-9M/);
  await expect(page.getByTestId("period-title")).toHaveText("9 tháng đầu năm 2023");
  const dossiers = page.getByTestId("tile-ps.dossiers_received");
  await expect(dossiers.getByTestId("tile-value")).toHaveText(/^\d{3}\.\d{3}$/);
  await expect(dossiers).toContainText("so với cùng kỳ");
  // Nine months have no period of their own before them: only the same period last year.
  await expect(dossiers).not.toContainText("so với kỳ trước");

  await dossiers.click();
  await expect(page).toHaveURL(/\/indicators\/ps\.dossiers_received\?period=2023-9M/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hồ sơ tiếp nhận");
  await expect(page.getByTestId("indicator-relations")).toContainText("Hồ sơ tiếp nhận trực tuyến");
  await page.getByRole("link", { name: "Lũy kế từ đầu năm" }).click();
  await expect(page).toHaveURL(/grain=ytd/);

  const chart = page.getByTestId("chart").first();
  const csvDownload = page.waitForEvent("download");
  await chart.getByRole("button", { name: "Tải CSV" }).click();
  expect((await csvDownload).suggestedFilename()).toBe(
    "Hồ sơ tiếp nhận - Lũy kế từ đầu năm - 9 tháng đầu năm 2023.csv",
  );
  const csv = readFileSync((await (await csvDownload).path())!, "utf8");
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r\n/);
  expect(lines[0]).toBe("Kỳ,Giá trị (hồ sơ),Cùng kỳ năm trước,Kế hoạch,Ước tính");
  expect(lines).toHaveLength(25);
  expect(lines.at(-1)).toMatch(/^2023-09,\d+,\d+,/);

  const xlsxDownload = page.waitForEvent("download");
  await chart.getByRole("button", { name: "Tải Excel" }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await (await xlsxDownload).path())!);
  // Named after the chart, as the file is (never after a code).
  const sheet = workbook.getWorksheet("Diễn biến Hồ sơ tiếp nhận")!;
  expect(sheet.getCell("A1").value).toBe("Diễn biến: Hồ sơ tiếp nhận");
  expect(sheet.getRow(4).values).toEqual([
    undefined,
    "Kỳ",
    "Giá trị (hồ sơ)",
    "Cùng kỳ năm trước",
    "Kế hoạch",
    "Ước tính",
  ]);
  expect(sheet.getCell("A28").value).toBe("2023-09");
  expect(sheet.getCell("B28").value).toBe(Number(lines.at(-1)!.split(",")[1]));

  const pngDownload = page.waitForEvent("download");
  await chart.getByRole("button", { name: "Tải PNG" }).click();
  const png = readFileSync((await (await pngDownload).path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(5000);

  const shared = page.url();
  await page.goto("/");
  await page.goto(shared);
  await expect(page).toHaveURL(shared);
  await expect(page.getByRole("link", { name: "Lũy kế từ đầu năm" })).toHaveAttribute("aria-current", "true");
  await chart.getByRole("button", { name: "Xem dạng bảng" }).click();
  await expect(chart.getByRole("table")).toContainText("T9/2023");
});

test("a field's view shows trends and breakdowns, with an empty state for periods without figures", async ({
  page,
}) => {
  await signInAs(page, "giamdoc");
  await page.goto("/?period=2023-Q2&field=public_services");
  await expect(page.getByText("Cơ cấu: Hồ sơ tiếp nhận")).toBeVisible();
  await expect(page.getByTestId("chart")).not.toHaveCount(0);
  // Each chart's key names its series: a trend's value, last year and the year's plan; a breakdown's parts.
  const chartNamed = (name: string) =>
    page.getByTestId("chart").filter({ has: page.getByRole("heading", { name, exact: true }) });
  await expect(chartNamed("Tỷ lệ hồ sơ trực tuyến").getByTestId("chart-legend").getByRole("listitem")).toHaveText([
    "Giá trị",
    "Cùng kỳ năm trước",
    "Kế hoạch",
  ]);
  await expect(chartNamed("Cơ cấu: Hồ sơ tiếp nhận").getByTestId("chart-legend")).toContainText(
    "Hồ sơ tiếp nhận trực tuyến",
  );
  await page.goto("/?period=2019-Q1&field=postal");
  await expect(page.getByTestId("field-postal")).toContainText("Chưa có số liệu quý I/2019.");
  await expect(page.getByTestId("field-postal").getByRole("link", { name: "Nhập số liệu" })).toBeVisible();
  await page.goto("/?period=garbage&field=nope&grain=week");
  await expect(page.getByTestId("tile-tel.bts")).toBeVisible();
});

test("a period in progress is compared with the same months of the periods before it, and says so", async ({
  page,
}) => {
  const { year, month } = lastDemoMonth();
  // The demo's last quarter or year is in progress unless its figures end in December.
  test.skip(month === 12, "every period up to December is complete");
  const inQuarter = month % 3;
  const period = inQuarter ? `${year}-Q${Math.ceil(month / 3)}` : String(year);
  const soFar = inQuarter || month;
  const first = inQuarter ? month - inQuarter + 1 : 1;
  const span = soFar === 1 ? `tháng ${first}` : inQuarter ? `${soFar} tháng đầu quý` : `${soFar} tháng đầu năm`;
  await signInAs(page, "giamdoc");
  await page.goto(`/?period=${period}&field=public_services`);
  const dossiers = page.getByTestId("tile-ps.dossiers_received");
  await expect(dossiers.getByTestId("tile-span")).toHaveText(`Số liệu ${span}`);
  await expect(dossiers).toContainText(`so với cùng kỳ (${span})`);
  const text = (await dossiers.textContent())!;
  // Against a whole quarter the first month would fall by about two thirds, ten months of a year by a sixth.
  expect(percentBefore(text, `so với cùng kỳ (${span})`)).toBeGreaterThan(inQuarter ? -50 : -15);
  if (inQuarter) {
    const previousSpan = soFar === 1 ? `tháng ${first - 3 > 0 ? first - 3 : first + 9}` : span;
    expect(percentBefore(text, `so với kỳ trước (${previousSpan})`)).toBeGreaterThan(-50);
  }
  await expect(dossiers).toContainText(new RegExp(`lũy kế ${month} tháng đạt [\\d,]+% kế hoạch năm`));

  // The trend's table says which months the last quarter has.
  await page.getByRole("link", { name: "Quý", exact: true }).click();
  const chart = page.getByTestId("chart").first();
  await chart.getByRole("button", { name: "Xem dạng bảng" }).click();
  if (inQuarter)
    await expect(chart.getByRole("table")).toContainText(
      `Quý ${["I", "II", "III", "IV"][Math.ceil(month / 3) - 1]}/${year} (${span})`,
    );
  else await expect(chart.getByRole("table")).toContainText(`Quý IV/${year - 1}`);
});

test("a tile says what its % of the year's target measures", async ({ page }) => {
  const { month } = lastDemoMonth();
  await signInAs(page, "giamdoc");
  await expect(page.getByTestId("tile-ps.dossiers_received")).toContainText(
    new RegExp(`lũy kế ${month} tháng đạt [\\d,]+% kế hoạch năm`),
  );
  await expect(page.getByTestId("tile-tel.bts")).toContainText(new RegExp(`tháng ${month} đạt [\\d,]+% kế hoạch năm`));
  await expect(page.getByTestId("tile-tel.bts")).not.toContainText("lũy kế");
});

test.describe("under an English browser", () => {
  test.use({ locale: "en-US" });

  test("month and period pickers speak the user's language, not the browser's", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Username").fill("vanphong");
    await page.getByLabel("Password").fill("demo1234");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan");

    await page.goto("/entry?month=2024-03");
    const picker = page.getByRole("group", { name: "Tháng" });
    const month = picker.getByRole("combobox", { name: "Tháng" });
    await expect(month.locator("option")).toHaveText(Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`));
    await expect(month.locator("option:checked")).toHaveText("Tháng 3");
    await month.selectOption({ label: "Tháng 10" });
    await picker.getByRole("combobox", { name: "Năm" }).selectOption("2023");
    await page.getByRole("button", { name: "Xem", exact: true }).click();
    await expect(page).toHaveURL(/month=2023-10/);

    // The Excel export takes a kind and one of its periods, as the report form lists them.
    await page.getByLabel("Loại kỳ").selectOption("quarter");
    await page.getByLabel("Kỳ xuất Excel").selectOption({ label: "Quý III/2023" });
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Xuất Excel" }).click();
    expect((await download).url()).toContain("period=2023-Q3");

    await page.goto("/reports");
    await page.locator("#filter-kind").selectOption("nine");
    await page.locator("#filter-period").selectOption({ label: "9 tháng đầu năm 2023" });
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/kind=nine&period=2023-9M/);
  });
});

test("the overview asks the server for no other page until the reader reaches for a link", async ({ page }) => {
  await signInAs(page, "giamdoc");
  const prefetched: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).searchParams.has("_rsc")) prefetched.push(request.url());
  });
  await page.goto("/?field=public_services");
  await expect(page.locator('[data-testid="chart"] svg.recharts-surface').first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  // Some thirty links are in view (menu, fields, tiles): none is fetched ahead.
  expect(prefetched).toEqual([]);
  await page.getByTestId("tile-ps.dossiers_received").hover();
  await expect.poll(() => prefetched.some((url) => url.includes("/indicators/ps.dossiers_received"))).toBe(true);
});

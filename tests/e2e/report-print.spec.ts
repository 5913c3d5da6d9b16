import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./pages/login-page";

/** The sizes, in points, of the pages of a PDF Chromium printed. */
function pageSizes(pdf: Buffer): [number, number][] {
  return [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map(
    (m) => [Number(m[3]) - Number(m[1]), Number(m[4]) - Number(m[2])],
  );
}

function expectAll(sizes: [number, number][], [width, height]: [number, number]) {
  expect(sizes.length).toBeGreaterThan(0);
  for (const [w, h] of sizes) {
    expect(Math.abs(w - width)).toBeLessThan(3);
    expect(Math.abs(h - height)).toBeLessThan(3);
  }
}

const a4Portrait: [number, number] = [595.3, 841.9];

async function createReport(page: Page, kind: string, period: string) {
  await page.getByRole("link", { name: "Báo cáo", exact: true }).click();
  await page.locator("#report-kind").selectOption(kind);
  await page.locator("#report-period").selectOption({ label: period });
  await page.getByRole("button", { name: "Tạo dự thảo" }).click();
  await expect(page).toHaveURL(/\/reports\/\w+/);
}

/** What the print stylesheet does to the report page. */
async function printLayout(page: Page) {
  return page.evaluate(() => {
    const paper = getComputedStyle(document.querySelector("[data-testid=report-paper]")!);
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
    const named = rules.find((r): r is CSSPageRule => r instanceof CSSPageRule && r.selectorText === "report");
    return {
      paper: {
        padding: paper.padding,
        boxShadow: paper.boxShadow,
        maxWidth: paper.maxWidth,
        page: paper.getPropertyValue("page"),
      },
      // Chromium writes `A4 portrait` as `a4` (portrait is the default).
      pageRule: named
        ? {
            size: named.style
              .getPropertyValue("size")
              .toLowerCase()
              .replace(/\s*portrait$/, ""),
            margin: named.style.getPropertyValue("margin"),
          }
        : null,
    };
  });
}

test("creating a report: the kind, then a period from its list; a refused request keeps the choice and says why beside the period", async ({
  page,
}) => {
  await signInAs(page, "vanphong");
  await page.getByRole("link", { name: "Báo cáo", exact: true }).click();
  const kind = page.locator("#report-kind");
  const period = page.locator("#report-period");
  await kind.selectOption("quarter");
  await expect(period.locator("option").first()).toHaveText(/^Quý (I|II|III|IV)\/\d{4}$/);
  await period.selectOption({ label: "Quý III/2023" });
  await kind.selectOption("month");
  await expect(period.locator("option:checked")).toHaveText("Tháng 9 năm 2023");
  await kind.selectOption("nine");
  await expect(period.locator("option:checked")).toHaveText("9 tháng đầu năm 2023");
  await expect(period.locator("option", { hasText: "9 tháng đầu năm 2019" })).toHaveCount(1);

  // The server still checks: a period of another kind (from an altered page) is refused.
  await page.getByTestId("create-report-form").evaluate((form) => {
    const forged = document.createElement("input");
    forged.type = "hidden";
    forged.name = "period";
    forged.value = "2023-Q3";
    form.prepend(forged);
  });
  await page.getByRole("button", { name: "Tạo dự thảo" }).click();
  const error = page.getByTestId("report-period-error");
  await expect(error).toHaveText("Kỳ báo cáo không khớp với loại báo cáo: chọn một kỳ trong danh sách.");
  await expect(page).toHaveURL(/\/reports$/);
  await expect(kind).toHaveValue("nine");
  await expect(period.locator("option:checked")).toHaveText("9 tháng đầu năm 2023");
  await expect(period).toHaveAttribute("aria-invalid", "true");
  await expect(period).toHaveAttribute("aria-describedby", "report-period-error");
  await period.selectOption({ label: "9 tháng đầu năm 2022" });
  await expect(error).toHaveCount(0);
});

test("In / PDF prints the report alone on A4 portrait with the official margins, the signed one too; the dashboards stay landscape", async ({
  page,
}) => {
  await signInAs(page, "vanphong");
  await createReport(page, "quarter", "Quý II/2023");
  // Everything but the paper: navigation, toolbar, status forms, history.
  const around = [
    page.locator("header"),
    page.locator("nav"),
    page.getByTestId("report-toolbar"),
    page.getByTestId("status-forms"),
    page.locator("section", { hasText: "Lịch sử" }),
  ];
  for (const locator of around) await expect(locator.first()).toBeVisible();

  await page.emulateMedia({ media: "print" });
  expect(await printLayout(page)).toEqual({
    paper: { padding: "0px", boxShadow: "none", maxWidth: "none", page: "report" },
    pageRule: { size: "a4", margin: "20mm 15mm 20mm 30mm" },
  });
  for (const locator of around) await expect(locator.first()).toBeHidden();
  await expect(page.getByTestId("report-paper")).toBeVisible();
  const draftSizes = pageSizes(await page.pdf({ preferCSSPageSize: true }));
  expectAll(draftSizes, a4Portrait);

  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Trình ký" }).click();
  // A quarter's assessment is the office's to write: Trình ký lists it first.
  await page.getByTestId("signature-warnings").getByRole("button", { name: "Vẫn trình ký" }).click();
  await expect(page.getByTestId("report-status")).toHaveText("Trình ký");
  const sign = page.getByTestId("sign-form");
  await sign.getByLabel("Số").fill("301");
  await sign.getByLabel("Ngày ký").fill("20/06/2023");
  await sign
    .getByLabel("Bản đã ký (PDF)")
    .setInputFiles({ name: "da-ky.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await sign.getByRole("button", { name: "Đánh dấu đã ký" }).click();
  await expect(page.getByTestId("report-status")).toHaveText("Đã ký");
  await expect(page.getByTestId("report-frozen")).toBeVisible();
  await expect(page.getByRole("button", { name: "In / PDF" })).toBeVisible();

  // The signed report's notice is not printed: no extra page, no page of another size.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("report-frozen")).toBeHidden();
  const signedSizes = pageSizes(await page.pdf({ preferCSSPageSize: true }));
  expectAll(signedSizes, a4Portrait);
  expect(signedSizes.length).toBe(draftSizes.length);

  await page.emulateMedia({ media: "screen" });
  await page.getByRole("navigation", { name: "Menu chính" }).getByRole("link", { name: "Tổng quan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan");
  // page.pdf() prints with the emulated media: print again, as a browser's print does.
  await page.emulateMedia({ media: "print" });
  expectAll(pageSizes(await page.pdf({ preferCSSPageSize: true })), [841.9, 595.3]);
});

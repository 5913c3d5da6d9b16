import { expect, type Page } from "@playwright/test";

/** The seed report of the first quarter of 2019 (the demo department's). */
export const seedReport = "tests/fixtures/seeds/003_047a4ae5ab10d50a.txt";

/** Figures from past reports: the upload page and a reading's review. */
export class HistoryPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/entry/history");
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Số liệu từ báo cáo cũ");
  }

  /** Uploads files (paths, or made in the test) and waits until every one is read. */
  async read(files: string[] | { name: string; mimeType: string; buffer: Buffer }[]) {
    await this.page.getByLabel(/Tệp báo cáo/).setInputFiles(files);
    await this.page.getByRole("button", { name: "Đọc báo cáo" }).click();
    await expect(this.page.getByTestId("history-progress")).toContainText(`Đã đọc ${files.length}/${files.length}`);
  }

  results() {
    return this.page.getByTestId("reading-result");
  }

  /** An indicator's box on the review page. */
  indicator(code: string) {
    return this.page.locator(`[data-testid="review-indicator"][data-indicator="${code}"]`);
  }

  /** The first reading of an indicator: its accept box and its value. */
  mainCandidate(code: string) {
    const candidate = this.indicator(code).getByTestId("candidate").first();
    return {
      accept: candidate.getByRole("checkbox", { name: "Chấp nhận" }),
      value: candidate.getByRole("textbox", { name: "Giá trị" }),
    };
  }
}

import { expect, type Page } from "@playwright/test";

export class EntryPage {
  constructor(private readonly page: Page) {}

  async open(month: string, field: string) {
    await this.page.goto(`/entry?month=${month}&field=${field}`);
    await expect(this.page.getByTestId("entry-grid")).toBeVisible();
  }

  cell(name: string) {
    return this.page.getByRole("textbox", { name, exact: true });
  }

  note(name: string) {
    return this.page.getByRole("textbox", { name: `Ghi chú: ${name}`, exact: true });
  }

  /** A row's value and note by indicator code. */
  valueOf(code: string) {
    return this.page.locator(`[id="value-${code}"]`);
  }

  noteOf(code: string) {
    return this.page.locator(`[id="note-${code}"]`);
  }

  row(code: string) {
    return this.page.getByTestId(`row-${code}`);
  }

  /** An indicator's rows: the row itself and the messages of its checks (a card on a phone). */
  card(code: string) {
    return this.page.getByTestId(`card-${code}`);
  }

  cellNotices(code: string) {
    return this.card(code).getByTestId("cell-notice");
  }

  /** The summary of every check below the grid. */
  summary() {
    return this.page.getByTestId("check-issues");
  }

  /** A number as the grid prints it (`27.024`, `14,5`), as a number. */
  async shown(code: string, column: "previous" | "last-year") {
    const text = (await this.row(code).getByTestId(column).innerText()).trim();
    return Number(text.replace(/\./g, "").replace(",", "."));
  }

  saveButton() {
    return this.page.getByRole("button", { name: "Lưu số liệu" });
  }

  status() {
    return this.page.getByTestId("save-status");
  }

  monthStatus() {
    return this.page.getByTestId("month-status");
  }

  /** Opens the lock's confirmation; the dialog names the units that have not submitted. */
  async askToLock() {
    await this.page.getByRole("button", { name: "Khóa tháng" }).click();
    const dialog = this.page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async lockMonth() {
    const dialog = await this.askToLock();
    await dialog.getByRole("button", { name: "Khóa tháng" }).click();
    await expect(this.monthStatus()).toHaveText("Đã khóa");
  }
}

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

  row(code: string) {
    return this.page.getByTestId(`row-${code}`);
  }

  saveButton() {
    return this.page.getByRole("button", { name: "Lưu số liệu" });
  }

  status() {
    return this.page.getByTestId("save-status");
  }
}

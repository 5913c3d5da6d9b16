import { expect, type Locator } from "@playwright/test";

/** A form posting to a server action (components/action-form.tsx): its refusal summary and each field's own error. */
export class ActionFormPart {
  constructor(readonly root: Locator) {}

  summary() {
    return this.root.getByTestId("form-summary");
  }

  status() {
    return this.root.getByTestId("form-status");
  }

  /** A field refused with its message: marked invalid, the message under it and read with it. */
  async expectRefused(field: Locator, message: string | RegExp) {
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(message);
    const errorId = (await field.getAttribute("aria-describedby"))!.split(" ")[0];
    await expect(this.root.locator(`[id="${errorId}"]`)).toBeVisible();
  }

  async expectAccepted(field: Locator) {
    await expect(field).not.toHaveAttribute("aria-invalid", "true");
  }
}

import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { profileFromForm, setupFromForm } from "@/lib/org/form";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const setup = { code: "vinh-long-skhcn", name: "Sở Khoa học và Công nghệ", parentAuthority: "UBND tỉnh Vĩnh Long", place: "Vĩnh Long", documentCode: "SKHCN", adminUsername: "QuanTri", adminPassword: "matkhau-2026" };

describe("organisation forms", () => {
  it("reads the first-run page, which has no date field, with today's date", () => {
    const input = setupFromForm(form(setup), new Date("2026-11-22T08:00:00Z"));
    expect(input).toMatchObject({ code: "vinh-long-skhcn", profile: { effectiveFrom: "2026-11-22", documentCode: "SKHCN", archiveUnit: "VP", recipients: [] }, admin: { username: "quantri" } });
  });

  it("refuses a short password and a bad code", () => {
    expect(() => setupFromForm(form({ ...setup, adminPassword: "short" }), new Date())).toThrow(ZodError);
    expect(() => setupFromForm(form({ ...setup, code: "Vĩnh Long" }), new Date())).toThrow(ZodError);
  });

  it("reads the settings form with its date, deputy signer and recipients one per line", () => {
    const profile = profileFromForm(form({ ...setup, effectiveFrom: "2025-07-01", signerName: "Nguyễn Văn A", signerIsDeputy: "on", recipients: "Bộ KH&CN (b/c);\n\n UBND tỉnh \n" }));
    expect(profile).toMatchObject({ effectiveFrom: "2025-07-01", signerIsDeputy: true, recipients: ["Bộ KH&CN (b/c);", "UBND tỉnh"] });
  });
});

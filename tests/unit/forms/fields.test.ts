import { describe, expect, it } from "vitest";
import { removeActivityInput } from "@/lib/activities/schema";
import { formValue } from "@/lib/forms/fields";
import { createReportForm, paragraphsInput, statusInput } from "@/lib/reports/schema";
import { valueHistoryInput, valueInput } from "@/lib/values/schema";

describe("form fields through zod", () => {
  const form = new FormData();
  form.set("name", "Sở TT&TT");
  form.set("file", new File(["x"], "a.txt"));
  form.set("bad", "tra\u0000vinh");

  it('reads text as String(form.get(key) ?? "") did, a file or a missing field as empty', () => {
    expect(formValue(form, "name")).toBe("Sở TT&TT");
    expect(formValue(form, "missing")).toBe("");
    expect(formValue(form, "file")).toBe("");
  });

  it("refuses a NUL character in any text a form or the API sends", () => {
    expect(() => formValue(form, "bad")).toThrow();
    expect(removeActivityInput.safeParse({ id: "a\u0000" }).success).toBe(false);
    expect(removeActivityInput.safeParse({ id: null }).success).toBe(false);
    expect(removeActivityInput.safeParse({ id: "ck1" }).data).toEqual({ id: "ck1" });
    expect(valueInput.safeParse({ indicator: "a", value: "1", note: "a\u0000b" }).success).toBe(false);
    expect(valueHistoryInput.safeParse({ org: "o", period: "2024-13", indicator: "a" }).success).toBe(false);
    expect(valueHistoryInput.safeParse({ org: "o\u0000", period: "2024-03", indicator: "a" }).success).toBe(false);
    expect(
      paragraphsInput.safeParse({ id: "r", version: 1, paragraphs: [{ key: "k", style: "body", text: "x\u0000" }] })
        .success,
    ).toBe(false);
  });

  it("reads the report form's kind and period (trimmed), and refuses a period of another kind beside the period", () => {
    expect(createReportForm.parse({ kind: "month", period: " 2024-03 " })).toEqual({
      kind: "month",
      period: "2024-03",
    });
    const other = createReportForm.safeParse({ kind: "nine", period: "2023-Q3" });
    expect(other.success ? [] : other.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["period", "reportPeriod"],
    ]);
  });

  it("signs a report only on a date the calendar has", () => {
    expect(statusInput.safeParse({ id: "r", status: "signed", number: 3, signedOn: "2024-13-45" }).success).toBe(false);
    expect(statusInput.safeParse({ id: "r", status: "signed", number: 3, signedOn: "2024-02-29" }).success).toBe(true);
  });
});

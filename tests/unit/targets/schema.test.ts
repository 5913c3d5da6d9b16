import { describe, expect, it } from "vitest";
import { issueFieldErrors } from "@/lib/actions/issues";
import { dictionaries } from "@/lib/i18n/dictionary";
import { targetsFields, targetsForm } from "@/lib/targets/schema";

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
}

describe("the targets form", () => {
  it("reads targets typed the user's way, a blank one cleared", () => {
    const typed = targetsFields(
      form({ year: "2026", "target:tel.bts": "1.234,5", "target:post.kiosks": " ", other: "x" }),
    );
    expect(targetsForm("vi").parse(typed)).toEqual({
      year: 2026,
      targets: { "tel.bts": "1234.5", "post.kiosks": null },
    });
    expect(targetsForm("en").parse({ year: "2026", targets: { "tel.bts": "1,234.5" } })).toEqual({
      year: 2026,
      targets: { "tel.bts": "1234.5" },
    });
  });

  it("names each refused target beside its indicator: not a number, too large for the column, negative", () => {
    const large = { vi: "999.999.999.999.999", en: "999,999,999,999,999" };
    for (const locale of ["vi", "en"] as const) {
      const typed = {
        year: "2026",
        targets: { "tel.bts": "nhiều", "it.revenue": large[locale], "post.kiosks": "-3", "tel.poles": "12" },
      };
      const parsed = targetsForm(locale).safeParse(typed);
      expect(parsed.success).toBe(false);
      const errors = issueFieldErrors(parsed.error!.issues, dictionaries[locale]);
      expect(Object.keys(errors).sort()).toEqual(["targets.it.revenue", "targets.post.kiosks", "targets.tel.bts"]);
      if (locale === "vi") {
        expect(errors["targets.tel.bts"]).toMatch(/^Không phải là số/);
        expect(errors["targets.it.revenue"]).toBe("Số quá lớn: phải nhỏ hơn 100.000.000.000.000 về trị tuyệt đối.");
        expect(errors["targets.post.kiosks"]).toBe("Không được là số âm.");
      } else {
        expect(errors["targets.it.revenue"]).toBe("Too large: must be below 100,000,000,000,000 in absolute value.");
      }
    }
  });
});

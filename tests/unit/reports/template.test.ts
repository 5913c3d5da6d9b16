import { describe, expect, it } from "vitest";
import { describeTemplateError, parseTemplate, templateIndicators } from "@/lib/reports/template";

const known = new Set(["tel.bts", "tel.cable_poles", "post.enterprises"]);

describe("optional clauses in sentence templates", () => {
  it("parses nested clauses into a tree", () => {
    const parsed = parseTemplate("Có [{tel.cable_poles} cột[ và {tel.bts} trạm]].", known);
    expect(parsed).toEqual({
      ok: true,
      nodes: [
        { text: "Có " },
        {
          clause: [
            { indicator: "tel.cable_poles", formatter: "value", position: 4 },
            { text: " cột" },
            {
              clause: [{ text: " và " }, { indicator: "tel.bts", formatter: "value", position: 30 }, { text: " trạm" }],
              position: 25,
            },
          ],
          position: 3,
        },
        { text: "." },
      ],
    });
    if (parsed.ok) expect(templateIndicators(parsed.nodes)).toEqual(["tel.cable_poles", "tel.bts"]);
  });

  it("reads escaped brackets as text", () => {
    expect(parseTemplate("Mục \\[a\\] {tel.bts}", known)).toMatchObject({
      ok: true,
      nodes: [{ text: "Mục [a] " }, { indicator: "tel.bts" }],
    });
  });

  it("refuses unbalanced or empty clauses with their positions", () => {
    const unclosed = parseTemplate("Có [{tel.bts} trạm", known);
    expect(unclosed).toEqual({ ok: false, errors: [{ position: 3, code: "unclosed_clause", token: "[" }] });
    if (!unclosed.ok)
      expect(describeTemplateError(unclosed.errors[0], "vi")).toBe("vị trí 4: thiếu dấu ] đóng vế tùy chọn");
    expect(parseTemplate("Có {tel.bts}] trạm", known)).toMatchObject({
      ok: false,
      errors: [{ position: 12, code: "unopened_clause" }],
    });
    expect(parseTemplate("Có {tel.bts}[ và trạm]", known)).toMatchObject({
      ok: false,
      errors: [{ position: 12, code: "empty_clause", token: "[ và trạm]" }],
    });
    expect(parseTemplate("Có [{tel.btss}]", known)).toMatchObject({
      ok: false,
      errors: [{ position: 4, code: "unknown_indicator", token: "tel.btss" }],
    });
  });
});

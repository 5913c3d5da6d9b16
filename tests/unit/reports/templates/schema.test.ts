import { describe, expect, it } from "vitest";
import { previewInput, sentenceLines, templatesFormInput, templatesFormValues } from "@/lib/reports/templates/schema";

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("the templates form", () => {
  it("reads each section in order: fields split on commas, one sentence per line, blank lines dropped; each keeps its place on the form", () => {
    const data = form([
      ["kind", "quarter"],
      ["key.1", "postal"],
      ["heading.1", " Bưu chính "],
      ["fields.1", "postal, ,telecom"],
      ["sentences.1", "Có {post.enterprises} doanh nghiệp.\r\n\n  Câu hai {tel.bts}.  \n"],
      ["key.0", ""],
      ["heading.0", "Mục mới"],
      ["fields.0", ""],
      ["sentences.0", ""],
    ]);
    expect(templatesFormInput.parse(templatesFormValues(data))).toEqual({
      kind: "quarter",
      sections: [
        { key: "section-0", heading: "Mục mới", fields: [], sentences: [], at: 0 },
        {
          key: "postal",
          heading: "Bưu chính",
          fields: ["postal", "telecom"],
          sentences: ["Có {post.enterprises} doanh nghiệp.", "Câu hai {tel.bts}."],
          at: 1,
        },
      ],
    });
  });

  it("drops sections without a heading and never repeats a key", () => {
    const data = form([
      ["kind", "month"],
      ...(["a", "a", "b"].flatMap((key, i) => [
        [`key.${i}`, key],
        [`heading.${i}`, i === 2 ? "" : `H${i}`],
        [`fields.${i}`, ""],
        [`sentences.${i}`, ""],
      ]) as [string, string][]),
    ]);
    expect(templatesFormInput.parse(templatesFormValues(data)).sections.map((s) => [s.key, s.at])).toEqual([
      ["a", 0],
      ["a-2", 1],
    ]);
  });

  it("refuses an unknown kind and a file where text is expected", () => {
    expect(templatesFormInput.safeParse(templatesFormValues(form([["kind", "week"]]))).success).toBe(false);
    const withFile = form([
      ["kind", "month"],
      ["heading.0", "H"],
      ["key.0", "k"],
      ["fields.0", ""],
      ["sentences.0", new Blob(["x"])],
    ]);
    expect(templatesFormInput.safeParse(templatesFormValues(withFile)).success).toBe(false);
  });
});

describe("the preview input", () => {
  it("takes a period of the tab's kind only", () => {
    expect(
      previewInput.safeParse({ kind: "quarter", period: "2023-Q2", sentences: ["Có {tel.bts} trạm."] }).success,
    ).toBe(true);
    expect(previewInput.safeParse({ kind: "quarter", period: "2023-06", sentences: [] }).success).toBe(false);
    expect(previewInput.safeParse({ kind: "nine", period: "2023-9M", sentences: "Có {tel.bts} trạm." }).success).toBe(
      false,
    );
  });

  it("splits a textarea into sentences as the save does", () => {
    expect(sentenceLines(" a \n\n b\r\n")).toEqual(["a", "b"]);
  });
});

import { describe, expect, it } from "vitest";
import type { ImportCandidate, UnmatchedNumber } from "@/lib/history/types";
import {
  aliasPhrase,
  candidateOfNumber,
  decidedReviews,
  offsetInSentence,
  reviewsOf,
  type ImportReading,
} from "@/lib/imports/review";
import { reviewIssues } from "@/lib/imports/review-checks";
import { indicator } from "../support/catalog";

const text = "Trong quý, Sở đã cấp mới 12 giấy phép; tổng số người sử dụng là 7.848, trên 50 văn bản.";
const at = (printed: string) => ({ start: text.indexOf(printed), end: text.indexOf(printed) + printed.length });

function candidate(
  key: string,
  indicatorCode: string,
  printed: string,
  extra: Partial<ImportCandidate> = {},
): ImportCandidate {
  return {
    key,
    indicator: indicatorCode,
    value: printed.replace(".", ""),
    approximate: false,
    estimate: false,
    sentence: text,
    ...at(printed),
    best: true,
    score: 1,
    source: "name",
    ...extra,
  };
}

const reading: ImportReading = {
  candidates: [
    candidate("a@1", "it.users", "7.848"),
    candidate("b@1", "dir.docs", "50", { approximate: true }),
    candidate("a@2", "it.users", "12", { best: false }),
  ],
  unmatched: [],
};

describe("the review of a reading", () => {
  it("proposes the best reading of each indicator unless approximate, until apply decides", () => {
    expect(reviewsOf(reading, {})).toEqual({
      "a@1": { state: "proposed" },
      "b@1": { state: "pending" },
      "a@2": { state: "pending" },
    });
    const decided = decidedReviews(reading, [
      { key: "a@1", value: "7848" },
      { key: "b@1", value: "51" },
    ]);
    expect(decided).toEqual({
      "a@1": { state: "accepted", value: "7848" },
      "b@1": { state: "corrected", value: "51" },
      "a@2": { state: "rejected" },
    });
    expect(reviewsOf(reading, decided)["b@1"].state).toBe("corrected");
  });

  it("keeps the words around an assigned number as an alias with # where it stands, within its clause", () => {
    expect(aliasPhrase(text, at("12").start, at("12").end)).toBe("sở đã cấp mới # giấy phép");
    expect(aliasPhrase("12", 0, 2)).toBeNull();
  });

  it("finds a number in its sentence by the words before it", () => {
    const sentence = "Có 5 điểm, thêm 5 trạm";
    expect(offsetInSentence(sentence, sentence, 16, 17)).toBe(16);
    expect(offsetInSentence("Có   5 điểm", "Có 5 điểm", 5, 6)).toBe(3);
  });

  it("makes an unmatched number a candidate only where it can be the indicator's value", () => {
    const number: UnmatchedNumber = {
      number: "12",
      value: "12",
      percent: false,
      scale: 0,
      money: false,
      approximate: false,
      estimate: true,
      sentence: text,
      ...at("12"),
    };
    const licences = indicator("press.licences", { unitVi: "giấy phép" });
    expect(candidateOfNumber(number, licences, [])).toMatchObject({
      key: `press.licences@${at("12").start}`,
      value: "12",
      estimate: true,
      best: true,
      source: "organisation",
    });
    expect(candidateOfNumber({ ...number, percent: true }, licences, [])).toBeNull();
  });

  it("runs the entry page's checks on what is accepted: a part above its total blocks", () => {
    const catalog = [indicator("total", { unitVi: "hồ sơ" }), indicator("part", { parent: "total", unitVi: "hồ sơ" })];
    const issues = reviewIssues({
      catalog,
      period: { kind: "quarter", year: 2019, index: 1 },
      accepted: new Map([
        ["total", "10"],
        ["part", "12"],
      ]),
      locale: "vi",
    });
    expect(issues.some((i) => i.blocking && i.text.includes("vượt quá"))).toBe(true);
    expect(
      reviewIssues({
        catalog,
        period: { kind: "month", year: 2019, index: 1 },
        accepted: new Map([
          ["total", "10"],
          ["part", "8"],
        ]),
        locale: "vi",
      }),
    ).toEqual([]);
  });
});

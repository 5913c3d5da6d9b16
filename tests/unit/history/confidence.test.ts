import { describe, expect, it } from "vitest";
import { acceptedByDefault, confidenceOf, confidenceThreshold } from "@/lib/history/confidence";
import { readReport } from "@/lib/history/reader";
import { loadCatalog } from "../support/catalog";

// A wrong value accepted by default is the worst outcome of a reading: doubt makes a reading a
// suggestion the reviewer must tick.

const catalog = [...loadCatalog().indicators.values()];
const best = (text: string, indicator: string) =>
  readReport(text, { catalog }).candidates.find((c) => c.best && c.indicator === indicator)!;

describe("a reading's confidence", () => {
  it("is 1 without doubt, and below the threshold with any", () => {
    expect(confidenceOf({ inPieces: false, contested: false, looseFit: false })).toBe(1);
    for (const doubt of ["inPieces", "contested", "looseFit"] as const)
      expect(confidenceOf({ inPieces: false, contested: false, looseFit: false, [doubt]: true })).toBeLessThan(
        confidenceThreshold,
      );
  });

  it("doubts a figure stated in pieces: two panels, each printed as 01", () => {
    const panels = best(
      "Thực hiện các thủ tục lắp đặt 01 pano (02 mặt) tuyên truyền biển đảo năm 2019 và 01 pano (01 mặt) tuyên truyền quản lý vùng bờ.",
      "press.outdoor_panels",
    );
    expect(panels).toMatchObject({ value: "1" });
    expect(acceptedByDefault(panels)).toBe(false);
    expect(
      acceptedByDefault(best("Thực hiện các thủ tục lắp đặt 02 pano tuyên truyền biển đảo.", "press.outdoor_panels")),
    ).toBe(true);
  });

  it("keeps readings stored before confidences as they were: accepted when best and exact", () => {
    expect(acceptedByDefault({ best: true, approximate: false })).toBe(true);
    expect(acceptedByDefault({ best: true, approximate: true })).toBe(false);
    expect(acceptedByDefault({ best: false, approximate: false, confidence: 1 })).toBe(false);
  });
});

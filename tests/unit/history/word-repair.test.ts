import { describe, expect, it } from "vitest";
import { readReport } from "@/lib/history/reader";
import { compileWordRepair, isSyllable, repairWord } from "@/lib/history/word-repair";
import { loadCatalog } from "../support/catalog";

const catalog = [...loadCatalog().indicators.values()];
const best = (text: string) =>
  readReport(text, { catalog })
    .candidates.filter((c) => c.best)
    .map((c) => `${c.indicator}=${c.value}`);

describe("words an OCR damaged", () => {
  const repair = compileWordRepair(["chung", "thu", "trang", "so", "phuong", "quang", "dien", "tram"]);

  it("tells a Vietnamese syllable from damage", () => {
    for (const word of ["trung", "chung", "nghieng", "quang", "thu", "tram"]) expect(isSyllable(word), word).toBe(true);
    for (const word of ["chimg", "tmng", "phuomg", "qnang", "dlen"]) expect(isSyllable(word), word).toBe(false);
  });

  it("repairs a letter swapped, lost or added, OCR's look-alikes and digits, to a single known word", () => {
    expect(repairWord("chimg", repair)).toBe("chung");
    expect(repairWord("phuomg", repair)).toBe("phuong");
    expect(repairWord("qnang", repair)).toBe("quang");
    expect(repairWord("trarn", repair)).toBe("tram");
    expect(repairWord("s6", repair)).toBe("so");
  });

  it("leaves real syllables, short words and words with several neighbours alone", () => {
    expect(repairWord("trung", repair)).toBe("trung");
    expect(repairWord("thx", repair)).toBe("thx");
    expect(repairWord("xyzw", repair)).toBe("xyzw");
  });

  it("reads figures whose words the OCR damaged", () => {
    expect(best("Phát 71 bản tin audi0.")).toContain("web.audio_bulletins=71");
    expect(best("Tổng số chimg thư số đang hoạt động là 479 chimg thư.")).toContain("it.certs_active=479");
  });
});

import { describe, expect, it } from "vitest";
import {
  catalogLearntWithout,
  withOcrDamage,
  withSentencesReordered,
  withoutDiacritics,
  withoutSeparators,
} from "@/lib/history/generalisation";
import { loadCatalog } from "../support/catalog";

describe("texts a reader has not seen, made from those it has", () => {
  it("drops the aliases only the left-out report states", () => {
    const catalog = [...loadCatalog().indicators.values()].filter(
      (i) => i.code === "tel.bts" || i.code === "web.audio_bulletins",
    );
    const withAliases = catalog.map((i) => ({
      ...i,
      aliases: i.code === "tel.bts" ? ["trạm thu, phát sóng"] : ["bản tin audio", "audio # bản tin"],
    }));
    const learnt = catalogLearntWithout(withAliases, "Phát 71 bản tin audio. Có 1.290 trạm thu, phát sóng.", [
      "Thu và phát 12 bản tin audio.",
    ]);
    expect(learnt.find((i) => i.code === "web.audio_bulletins")!.aliases).toEqual(["bản tin audio", "audio # bản tin"]);
    expect(learnt.find((i) => i.code === "tel.bts")!.aliases).toEqual([]);
  });

  it("damages text as archives are, the same way at each run, leaving digits alone", () => {
    const text = "Toàn tỉnh có 1.290 trạm BTS, 7 500 000 đồng. Cấp 49 Giấy phép xuất bản.\nDòng hai. Câu ba.";
    expect(withoutDiacritics("Thuê bao điện thoại")).toBe("Thue bao dien thoai");
    expect(withoutSeparators(text)).toContain("1290 trạm BTS, 7500000 đồng");
    expect(withoutSeparators("năm 2019 và 86,4 %")).toBe("năm 2019 và 86,4 %");
    const damaged = withOcrDamage(text, 1);
    expect(damaged).not.toBe(text);
    expect(damaged).toBe(withOcrDamage(text, 1));
    expect(damaged.match(/1\.290|7 500 000|49/g)).toEqual(["1.290", "7 500 000", "49"]);
    expect(withSentencesReordered(text).split("\n")[0]).toBe(text.split("\n")[0]);
    expect(withSentencesReordered(text).split("\n")[1].split(". ").sort()).toEqual(["Câu ba.", "Dòng hai"].sort());
  });
});

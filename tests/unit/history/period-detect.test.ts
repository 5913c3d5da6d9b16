import { describe, expect, it } from "vitest";
import { foldText } from "@/lib/history/fold";
import { detectPeriod } from "@/lib/history/period-detect";

const detect = (text: string) => detectPeriod(foldText(text).text);

describe("kind and period of a past report", () => {
  it.each([
    ["BÁO CÁO\nKết quả công tác thông tin và truyền thông tháng 6 năm 2023\nI. KẾT QUẢ", "month", "2023-06"],
    ["BAO CAO\nKet qua cong tac thang 6 nam 2023\nI. KET QUA", "month", "2023-06"],
    ["BÁO CÁO\nKết quả công tác tháng 6 và\nkế hoạch công tác tháng 7 năm 2023\n\nI. CÔNG TÁC", "month", "2023-06"],
    ["BÁO CÁO\nTình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I/2019\n1. Công tác", "quarter", "2019-Q1"],
    ["BÁO CÁO\nKết quả công tác quý I năm 2019 và phương hướng nhiệm vụ quý II\nI. a", "quarter", "2019-Q1"],
    ["BAO CAO\nket qua cong tac quy I nam 2019 va phuong huong nhiem vu quy II\n", "quarter", "2019-Q1"],
    ["BÁO CÁO\nCông tác 9 tháng đầu năm 2019\nvà kế hoạch công tác qúy IV/2019\nI. KẾT QUẢ", "nine", "2019-9M"],
    ["BÁO CÁO\nKết quả công tác 06 tháng đầu năm 2022\nI. a", "half", "2022-H1"],
    ["BÁO CÁO\nKết quả công tác 6 tháng cuối năm 2024 và kế hoạch năm 2025\nI. a", "half", "2024-H2"],
    ["BÁO CÁO\nTổng kết công tác năm 2022 và phương hướng nhiệm vụ năm 2023\nI. a", "year", "2022"],
    ["BÁO CÁO\ntháng 12 và kế hoạch công tác tháng 01 năm 2024\nI. a", "month", "2023-12"],
  ])("%j", (text, kind, period) => {
    expect(detect(text)).toEqual({ kind, period });
  });

  it("takes the year of '6 tháng đầu năm' from the date line, which is not the period", () => {
    expect(
      detect(
        "Trà Vinh, ngày 14 tháng 6 năm 2022\nBÁO CÁO\nKết quả công tác 6 tháng đầu năm và phương hướng 6 tháng cuối năm\nI. a",
      ),
    ).toEqual({ kind: "half", period: "2022-H1" });
  });

  it("is not fooled by the date line or the plan's next period", () => {
    expect(
      detect("Số: 298/BC-STTTT\nTrà Vinh, ngày 14 tháng 3 năm 2019\nBÁO CÁO\nKết quả công tác quý I/2019\nI. KẾT QUẢ"),
    ).toEqual({ kind: "quarter", period: "2019-Q1" });
    expect(
      detect("Tra Vinh, ngay 14 thang 3 nam 2019\nBAO CAO\nphuong huong nhiem vu quy II va ket qua quy I/2019\n"),
    ).toEqual({ kind: "quarter", period: "2019-Q1" });
  });

  it("falls back on the closing sentence", () => {
    expect(
      detect(
        "BÁO CÁO\nKết quả công tác\nI. a\nTrên đây là kết quả công tác 9 tháng đầu năm 2019 và kế hoạch quý IV/2019",
      ),
    ).toEqual({ kind: "nine", period: "2019-9M" });
  });

  it("says nothing when no period is named", () => {
    expect(detect("BÁO CÁO\nKết quả công tác\nI. Kết quả")).toBeNull();
  });
});

// Period labels (lib/periods/labels.ts), as the reports write them and as tables and charts
// abbreviate them. Placeholders: {year}, {month} (6), {month2} (06), {monthName}, {index}, {roman}.

export const periodMessages = {
  long: {
    month: "tháng {month} năm {year}",
    quarter: "quý {roman}/{year}",
    firstHalf: "06 tháng đầu năm {year}",
    secondHalf: "6 tháng cuối năm {year}",
    nine: "9 tháng đầu năm {year}",
    year: "năm {year}",
  },
  short: {
    month: "T{month}/{year}",
    quarter: "Quý {roman}/{year}",
    firstHalf: "6T/{year}",
    secondHalf: "6TC/{year}",
    nine: "9T/{year}",
    year: "{year}",
  },
  monthNames: [
    "Tháng 1",
    "Tháng 2",
    "Tháng 3",
    "Tháng 4",
    "Tháng 5",
    "Tháng 6",
    "Tháng 7",
    "Tháng 8",
    "Tháng 9",
    "Tháng 10",
    "Tháng 11",
    "Tháng 12",
  ],
};

import type { periodMessages as vi } from "../vi/periods";

export const periodMessages: typeof vi = {
  long: {
    month: "{monthName} {year}",
    quarter: "Q{index} {year}",
    firstHalf: "first half of {year}",
    secondHalf: "second half of {year}",
    nine: "first nine months of {year}",
    year: "{year}",
  },
  short: {
    month: "{month2}/{year}",
    quarter: "Q{index} {year}",
    firstHalf: "H1 {year}",
    secondHalf: "H2 {year}",
    nine: "9M {year}",
    year: "{year}",
  },
  monthNames: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

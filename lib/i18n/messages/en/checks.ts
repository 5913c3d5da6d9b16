import type { checkMessages as vi } from "../vi/checks";

export const checkMessages: typeof vi = {
  tooLarge: "{subject} must be below {limit} in absolute value.",
  negative: "{subject} cannot be negative.",
  wholeNumber: "{subject} must be a whole number.",
  decimals: "{subject} allows at most {decimals} decimal places.",
  partsExceedTotal: "The parts of {subject} add up to {sum}, more than the total ({total}).",
  partsNotSum: "The parts of {subject} add up to {sum}; they must equal the total ({total}).",
  numeratorExceedsDenominator: "{subject} ({numerator}) cannot exceed {denominator} ({denominatorValue}).",
  jump: {
    rose: "rose",
    fell: "fell",
    comparison: "{direction}{pct} {base} ({from} → {to})",
    againstLastMonth: "against last month",
    againstSameMonthLastYear: "against the same month last year",
    againstSamePeriodLastYear: "against the same period last year",
    and: " and ",
    usualRange: ", outside its usual range over the {months} months before ({low} – {high})",
    askNote: ": add a note explaining it to save.",
  },
  reported: {
    reports: { quarter: "quarterly", half: "six-month", nine: "nine-month", year: "annual" },
    sum: "{indicator}: the months of {period} add up to {months}; the {report} report gave {reported}.",
    last: "{indicator}: the last month of {period} gives {months}; the {report} report gave {reported}.",
  },
};

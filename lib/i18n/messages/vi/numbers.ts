// How amounts of money are worded (lib/format/number.ts formatMoney), by the organisation's choice.

export const moneyMessages = {
  dong: "đồng",
  million: "triệu đồng",
  billion: "tỷ đồng",
};

/** How figures and dates are written (lib/format): thousands grouped with ".", decimals after ",", the day first. */
export const writtenForms = { group: ".", decimal: ",", date: "{day}/{month}/{year}" };

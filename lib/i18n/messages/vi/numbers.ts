// How amounts of money are worded (lib/format/number.ts formatMoney), by the organisation's choice.

export const moneyMessages = {
  dong: "đồng",
  million: "triệu đồng",
  billion: "tỷ đồng",
};

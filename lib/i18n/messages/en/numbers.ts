import type { moneyMessages as vi } from "../vi/numbers";

export const moneyMessages: typeof vi = {
  dong: "VND",
  million: "million VND",
  billion: "billion VND",
};

import type { moneyMessages as vi, writtenForms as viForms } from "../vi/numbers";

export const moneyMessages: typeof vi = {
  dong: "VND",
  million: "million VND",
  billion: "billion VND",
};

export const writtenForms: typeof viForms = { group: ",", decimal: ".", date: "{year}-{month}-{day}" };

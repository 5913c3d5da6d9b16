import type { excelMessages as vi } from "../vi/excel";

export const excelMessages: typeof vi = {
  entryHeaders: ["Code", "Indicator", "Unit", "Last month", "Same month last year", "Value", "Estimate (x)", "Note"],
  exportHeaders: ["Code", "Indicator", "Unit", "Value", "Estimate", "All months", "Year's target", "% of target"],
};

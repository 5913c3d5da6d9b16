// What a check of a value finds: shared by the checks, their messages and the entry grid.

export type CheckCode =
  | "too_large"
  | "negative"
  | "decimals"
  | "parts_exceed_total"
  | "parts_not_sum"
  | "numerator_exceeds_denominator"
  | "jump"
  | "differs_from_reported";

export interface CheckIssue {
  indicator: string;
  code: CheckCode;
  severity: "error" | "warning";
  /** Whether it stops the save: errors always; a jump until a note explains it. */
  blocking: boolean;
  related: string[];
  params: Record<string, number | string>;
}

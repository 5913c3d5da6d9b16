// A month's state for one unit: open -> submitted (by the unit) -> locked (by the office or a director).

export type MonthStatus = "open" | "submitted" | "locked";

export function monthStatus({ locked, submitted }: { locked: boolean; submitted: boolean }): MonthStatus {
  if (locked) return "locked";
  return submitted ? "submitted" : "open";
}

/** A month as staff write it in sentences: `10/2026`. */
export function monthLabel(yearMonth: number): string {
  return `${String(yearMonth % 100).padStart(2, "0")}/${Math.floor(yearMonth / 100)}`;
}

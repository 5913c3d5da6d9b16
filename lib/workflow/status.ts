// A month's state for one unit: open -> submitted (by the unit) -> locked (by the office or a director).

export type MonthStatus = "open" | "submitted" | "locked";

export function monthStatus({ locked, submitted }: { locked: boolean; submitted: boolean }): MonthStatus {
  if (locked) return "locked";
  return submitted ? "submitted" : "open";
}

/** A month's figures are due on the due day of that same month (the report is written mid-month, with estimates). */
export function dueDate(yearMonth: number, dueDay: number): Date {
  const year = Math.floor(yearMonth / 100);
  const month = yearMonth % 100;
  return new Date(Date.UTC(year, month - 1, dueDay));
}

export function isOverdue(yearMonth: number, dueDay: number, status: MonthStatus, today: Date): boolean {
  return status === "open" && today.getTime() > dueDate(yearMonth, dueDay).getTime() + 24 * 3600 * 1000;
}

/** A month as staff write it in sentences: `10/2026`. */
export function monthLabel(yearMonth: number): string {
  return `${String(yearMonth % 100).padStart(2, "0")}/${Math.floor(yearMonth / 100)}`;
}

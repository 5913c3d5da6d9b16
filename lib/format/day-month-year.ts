import { isIsoDate } from "@/lib/periods/period";

// Dates as Vietnamese write them, dd/mm/yyyy, whatever the browser's language; forms send ISO dates.

/** 13/09/2023 (also 13/9/2023, 13.09.2023 or 13-09-2023) as 2023-09-13; null when it is no calendar date. */
export function parseDayMonthYear(text: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return null;
  const iso = `${match[3]}-${match[2].padStart(2, "0")}-${match[1].padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

/** 2023-09-13 as 13/09/2023. */
export function formatDayMonthYear(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}

import type { NotificationKind } from "@/lib/generated/prisma/client";
import { formatDate } from "@/lib/format/date";
import { fill, getDictionary, type Locale } from "@/lib/i18n/dictionary";
import { periodLabel } from "@/lib/periods/labels";
import { parsePeriod } from "@/lib/periods/period";

// A notification in the reader's language: its kind's sentence with the placeholders worded as
// everywhere else (periods "tháng 12 năm 2026", dates "15/12/2026").

export function notificationText(
  kind: NotificationKind,
  params: Record<string, string | number>,
  locale: Locale,
): string {
  const worded = Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      if ((name === "month" || name === "period") && typeof value === "string") {
        const period = parsePeriod(value);
        return [name, period ? periodLabel(period, locale) : value];
      }
      if (name === "due" && typeof value === "string")
        return [name, formatDate(new Date(`${value}T00:00:00Z`), locale, "UTC")];
      return [name, value];
    }),
  );
  return fill(getDictionary(locale).notifications.kinds[kind], worded);
}

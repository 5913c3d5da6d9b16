import type { Locale } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/fill";
import { writtenForms as en } from "@/lib/i18n/messages/en/numbers";
import { writtenForms as vi } from "@/lib/i18n/messages/vi/numbers";

const vietnam = "Asia/Ho_Chi_Minh";

function parts(date: Date, timeZone: string) {
  const fields = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: string) => fields.find((p) => p.type === type)?.value ?? "";
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute") };
}

/** 14/03/2019 (vi) or 2019-03-14 (en), as the day is in Vietnam. */
export function formatDate(date: Date, locale: Locale, timeZone = vietnam): string {
  const p = parts(date, timeZone);
  return fill({ vi, en }[locale].date, p);
}

export function formatDateTime(date: Date, locale: Locale, timeZone = vietnam): string {
  const p = parts(date, timeZone);
  return `${formatDate(date, locale, timeZone)} ${p.hour}:${p.minute}`;
}

import { commonMessages as viCommon } from "./messages/vi/common";
import { authMessages as viAuth } from "./messages/vi/auth";
import { notificationsMessages as viNotifications } from "./messages/vi/notifications";
import { reportingMessages as viReporting } from "./messages/vi/reporting";
import { entryMessages as viEntry } from "./messages/vi/entry";
import { historyMessages as viHistory } from "./messages/vi/history";
import { dashboardMessages as viDashboard } from "./messages/vi/dashboard";
import { reportsMessages as viReports } from "./messages/vi/reports";
import { templatesMessages as viTemplates } from "./messages/vi/templates";
import { adminMessages as viAdmin } from "./messages/vi/admin";
import { validationMessages as viValidation } from "./messages/vi/validation";
import { commonMessages as enCommon } from "./messages/en/common";
import { authMessages as enAuth } from "./messages/en/auth";
import { notificationsMessages as enNotifications } from "./messages/en/notifications";
import { reportingMessages as enReporting } from "./messages/en/reporting";
import { entryMessages as enEntry } from "./messages/en/entry";
import { historyMessages as enHistory } from "./messages/en/history";
import { dashboardMessages as enDashboard } from "./messages/en/dashboard";
import { reportsMessages as enReports } from "./messages/en/reports";
import { templatesMessages as enTemplates } from "./messages/en/templates";
import { adminMessages as enAdmin } from "./messages/en/admin";
import { validationMessages as enValidation } from "./messages/en/validation";

// Every UI string of the product, Vietnamese first, one file per feature and language in
// messages/{vi,en}/: English is typed against the Vietnamese shape, and the keys must match (tested).

const vi = {
  ...viCommon,
  ...viAuth,
  ...viNotifications,
  ...viReporting,
  ...viEntry,
  ...viHistory,
  ...viDashboard,
  ...viReports,
  ...viTemplates,
  ...viAdmin,
  ...viValidation,
};

export type Dictionary = typeof vi;

const en: Dictionary = {
  ...enCommon,
  ...enAuth,
  ...enNotifications,
  ...enReporting,
  ...enEntry,
  ...enHistory,
  ...enDashboard,
  ...enReports,
  ...enTemplates,
  ...enAdmin,
  ...enValidation,
};

export const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "vi";

export const dictionaries: Record<Locale, Dictionary> = { vi, en };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

export function isLocale(value: unknown): value is Locale {
  return value === "vi" || value === "en";
}

/** The language an API caller asked for in Accept-Language (vi unless English comes first). */
export function localeFromAcceptLanguage(header: string | null): Locale {
  const first = header?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : defaultLocale;
}

export { fill } from "./fill";

import "server-only";
import { cookies, headers } from "next/headers";
import { getSessionUser } from "@/lib/auth/session";
import {
  defaultLocale,
  getDictionary,
  isLocale,
  localeFromAcceptLanguage,
  type Dictionary,
  type Locale,
} from "./dictionary";

export const localeCookie = "locale";

/** The language of the request alone (the cookie, then the browser's preference): no database involved. */
export async function getRequestLocale(): Promise<Locale> {
  const cookie = (await cookies()).get(localeCookie)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? defaultLocale;
}

/** The signed-in user's language; before sign-in the cookie, then the browser's preference. */
export async function getLocale(): Promise<Locale> {
  const user = await getSessionUser();
  return user ? user.locale : getRequestLocale();
}

export async function getI18n(): Promise<{ locale: Locale; t: Dictionary }> {
  const locale = await getLocale();
  return { locale, t: getDictionary(locale) };
}

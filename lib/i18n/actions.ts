"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { setUserLocale } from "@/lib/auth/data";
import { getSessionUser } from "@/lib/auth/session";
import { locales } from "./dictionary";
import { localeCookie } from "./server";

/** Switches the language: kept on the user's account, and in a cookie for the sign-in page. */
export async function setLocaleAction(input: unknown): Promise<{ ok: boolean }> {
  const parsed = z.enum(locales).safeParse(input);
  if (!parsed.success) return { ok: false };
  (await cookies()).set(localeCookie, parsed.data, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const user = await getSessionUser();
  if (user) await setUserLocale(user.id, parsed.data);
  return { ok: true };
}

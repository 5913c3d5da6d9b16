"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define";
import { setUserLocale } from "@/lib/auth/data";
import { locales } from "./dictionary";
import { localeCookie } from "./server";

/** Switches the language: kept on the user's account, and in a cookie for the sign-in page. */
export const setLocaleAction = defineAction({
  public: true,
  schema: z.enum(locales),
  run: async ({ actor, input }) => {
    (await cookies()).set(localeCookie, input, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    if (actor) await setUserLocale(actor.id, input);
  },
});

import "server-only";
import type { Metadata } from "next";
import type { Dictionary } from "./dictionary";
import { getI18n } from "./server";

/** A page's generateMetadata: its title in the user's language (the root layout adds " · ICT Report Desk"). */
export function pageTitle(pick: (t: Dictionary) => string) {
  return async function generateMetadata(): Promise<Metadata> {
    const { t } = await getI18n();
    return { title: pick(t) };
  };
}

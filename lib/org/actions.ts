"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp } from "@/lib/auth/limits";
import { requireActionRole } from "@/lib/auth/session";
import { waitMinutes } from "@/lib/auth/sign-in-error";
import { isAppError } from "@/lib/errors";
import { saveDueDay, saveProfile, saveUnit, saveUser } from "./mutations";
import { profileFromForm, setupFromForm, text } from "./form";
import { settingsInput, unitInput, userInput } from "./schema";
import { setUpOrganisation } from "./setup";

export type FormState = {
  ok: boolean;
  errors?: Record<string, string>;
  message?: "saved" | "invalid" | "forbidden" | "duplicate" | "lastAdmin" | "wrongSetupCode" | "alreadySetUp" | "tooMany" | "internal";
  /** The wait a `tooMany` answer announces. */
  minutes?: number;
};

function fieldErrors(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(error.issues.map((i) => [i.path.join("."), i.message]));
}

async function run(action: () => Promise<void>): Promise<FormState> {
  try {
    await action();
    revalidatePath("/admin");
    return { ok: true, message: "saved" };
  } catch (error) {
    if (error instanceof z.ZodError) return { ok: false, message: "invalid", errors: fieldErrors(error) };
    if (isAppError(error)) {
      const has = (message: string) => error.details.some((d) => (d as { message?: string }).message === message);
      if (error.code === "tooMany") return { ok: false, message: "tooMany", minutes: waitMinutes(error.retryAfter ?? 60) };
      for (const message of ["lastAdmin", "wrongSetupCode", "alreadySetUp"] as const) if (has(message)) return { ok: false, message };
      return { ok: false, message: has("duplicate") ? "duplicate" : error.code === "invalid" ? "invalid" : "forbidden" };
    }
    console.error(error);
    return { ok: false, message: "internal" };
  }
}

/** The first-run page: with the set-up code, only while the database has no organisation at all; then on to sign in. */
export async function setupOrganisationAction(_: FormState, form: FormData): Promise<FormState> {
  const ip = clientIp(await headers());
  const state = await run(async () => {
    await setUpOrganisation({ setupCode: text(form, "setupCode"), organisation: setupFromForm(form, new Date()), ip });
  });
  if (state.ok) redirect("/login");
  return state;
}

export async function saveProfileAction(_: FormState, form: FormData): Promise<FormState> {
  return run(async () => {
    const user = await requireActionRole("admin");
    await saveProfile({ organisationId: user.organisationId, profile: profileFromForm(form) });
    const { dueDay } = settingsInput.parse({ dueDay: text(form, "dueDay") });
    await saveDueDay({ organisationId: user.organisationId, dueDay });
  });
}

export async function saveUnitAction(_: FormState, form: FormData): Promise<FormState> {
  return run(async () => {
    const user = await requireActionRole("admin");
    const unit = unitInput.parse({ id: text(form, "id") || undefined, code: text(form, "code"), name: text(form, "name"), fieldCodes: form.getAll("fieldCodes").map(String) });
    await saveUnit({ organisationId: user.organisationId, unit });
  });
}

export async function saveUserAction(_: FormState, form: FormData): Promise<FormState> {
  return run(async () => {
    const user = await requireActionRole("admin");
    const input = userInput.parse({
      id: text(form, "id") || undefined,
      username: text(form, "username"),
      displayName: text(form, "displayName"),
      role: text(form, "role"),
      unitId: text(form, "unitId") || null,
      password: text(form, "password"),
      active: form.get("active") === "on",
    });
    await saveUser({ organisationId: user.organisationId, user: input, ip: clientIp(await headers()) });
  });
}

import { formValue } from "@/lib/forms/fields";
import { createOrganisationInput, profileInput, type CreateOrganisationInput, type ProfileInput } from "./schema";

// The organisation forms' fields, read into the schemas' inputs (throws the schema's ZodError).

/** A form field through zod (`formText`): "" when missing, a NUL character refused. */
export const text = formValue;
const lines = (value: string) => value.split("\n").map((l) => l.trim()).filter(Boolean);

/** Settings in force from the form's date, or from `effectiveFrom` when the form has none (first run). */
export function profileFromForm(form: FormData, effectiveFrom = text(form, "effectiveFrom")): ProfileInput {
  return profileInput.parse({
    effectiveFrom,
    name: text(form, "name"),
    parentAuthority: text(form, "parentAuthority"),
    place: text(form, "place"),
    documentCode: text(form, "documentCode"),
    signerName: text(form, "signerName"),
    signerIsDeputy: form.get("signerIsDeputy") === "on",
    recipients: lines(text(form, "recipients")),
    archiveUnit: text(form, "archiveUnit") || "VP",
    headerNameLines: lines(text(form, "headerNameLines")),
    moneyWording: text(form, "moneyWording") || undefined,
  });
}

/** The first-run page: the organisation, its settings from today, and its first administrator. */
export function setupFromForm(form: FormData, today: Date): CreateOrganisationInput {
  return createOrganisationInput.parse({
    code: text(form, "code"),
    profile: profileFromForm(form, today.toISOString().slice(0, 10)),
    admin: { username: text(form, "adminUsername"), password: text(form, "adminPassword"), displayName: text(form, "adminUsername") },
  });
}

import "server-only";
import type { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { getRequestLocale } from "@/lib/i18n/server";
import { performAction, type ActionContext, type ActionData, type ActionSpec } from "./perform";
import type { ActionResult } from "./result";

// The one builder of server actions (files starting with "use server" export what these return):
//   export const saveUnitAction = defineFormAction({ schema: unitInput, roles: administrators, run: ... });
// Input through the schema, the user and their role, the work, one answer in the user's language.

async function requestContext(): Promise<ActionContext> {
  const actor = await getSessionUser();
  return { actor, locale: actor?.locale ?? (await getRequestLocale()) };
}

/** A form's fields as an object: text as text (a repeated name, checkboxes say, as a list), files as files. */
export function formFields(form: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const fields: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields of a form posted without JavaScript
    const values = form.getAll(key);
    fields[key] = values.length === 1 ? values[0] : values;
  }
  return fields;
}

/** An action called with an input (an object, a code): `await saveParagraphsAction({ id, version, paragraphs })`. */
export function defineAction<S extends z.ZodType, R, Public extends boolean = false>(spec: ActionSpec<S, R, Public>): (input: z.input<S>) => Promise<ActionResult<ActionData<R>>> {
  return (input) => performAction(spec, input, requestContext);
}

/** A form's action for `useActionState`: the previous answer (unused), then the form's fields (read by `read`, else by name). */
export function defineFormAction<S extends z.ZodType, R, Public extends boolean = false>(
  spec: ActionSpec<S, R, Public> & { read?: (form: FormData) => unknown },
): (previous: unknown, form: FormData) => Promise<ActionResult<ActionData<R>>> {
  return (_previous, form) => performAction(spec, form instanceof FormData ? (spec.read ?? formFields)(form) : form, requestContext);
}

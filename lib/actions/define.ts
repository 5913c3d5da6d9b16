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

/** A form's fields as an object, each name's first value as `form.get` gives it (text, or a file); lists are read by a `read` of their own. */
export function formFields(form: FormData): Record<string, FormDataEntryValue> {
  const fields: Record<string, FormDataEntryValue> = {};
  for (const key of form.keys()) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields of a form posted without JavaScript
    fields[key] ??= form.get(key)!;
  }
  return fields;
}

/** An action called with an input (an object, a code): `await saveParagraphsAction({ id, version, paragraphs })`. */
export function defineAction<S extends z.ZodType, R, Public extends boolean = false>(
  spec: ActionSpec<S, R, Public>,
): (input: z.input<S>) => Promise<ActionResult<ActionData<R>>> {
  return (input) => performAction(spec, input, requestContext);
}

/** A form's action for `useActionState`: the previous answer (unused), then the form's fields (read by `read`, else by name). */
export function defineFormAction<S extends z.ZodType, R, Public extends boolean = false>(
  spec: ActionSpec<S, R, Public> & { read?: (form: FormData) => unknown },
): (previous: unknown, form: FormData) => Promise<ActionResult<ActionData<R>>> {
  return (_previous, form) =>
    performAction(spec, form instanceof FormData ? (spec.read ?? formFields)(form) : form, requestContext);
}

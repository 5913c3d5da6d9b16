import type { AppErrorCode } from "@/lib/errors";

// The one answer of every server action (lib/actions/define.ts builds them); shared with the forms
// that show it, so pure.

/** A refusal: its code, a message in the user's language, and each refused field's own message. */
export interface ActionFailure {
  ok: false;
  code: AppErrorCode | "internal";
  message: string;
  /** Keyed by the form field's name (or an indicator's code): shown beside the field. */
  fieldErrors: Record<string, string>;
  /**
   * Only for the actions that ask for them (`details: true`): the entry grid's per-cell checks
   * and its conflicts, each `{ indicator, code, message }` or `{ indicator, current }`.
   */
  details?: unknown[];
}

/** Done: `saved` for a change, `done` for an answer that changes nothing (a preview); with the action's data. */
export type ActionSuccess<D extends object = object> = { ok: true; code: "saved" | "done"; message: string } & D;

export type ActionResult<D extends object = object> = ActionSuccess<D> | ActionFailure;

// Who may do what. Pure: the server checks call these, the UI may call them to hide what a user cannot do.

export const roles = ["admin", "compiler", "director", "editor", "viewer"] as const;
export type Role = (typeof roles)[number];

/** The role a new account starts with on the accounts form. */
export const defaultRole: Role = "editor";

export interface Actor {
  role: Role;
  organisationId: string;
  /** Fields of the user's unit: the only fields an editor may enter. */
  fieldCodes: readonly string[];
  /** Other organisations the user may read (a viewer at a ministry or province). */
  viewableOrganisationIds?: readonly string[];
  /** The user's unit (phòng), if any. */
  unitId?: string | null;
}

/** Every signed-in user: what each may read is then decided by the record (their organisation's, or one given them). */
export const everyRole: readonly Role[] = roles;

/** Who enters figures: admins and the office any field, editors their unit's (canEditField); directors read. */
export const figureEditors: readonly Role[] = ["admin", "compiler", "editor"];

export function hasRole(actor: Pick<Actor, "role">, allowed: readonly Role[]): boolean {
  return allowed.includes(actor.role);
}

/** Everyone reads the figures of their own organisation; viewers also those they were given. */
export function canViewOrganisation(actor: Actor, organisationId: string): boolean {
  return actor.organisationId === organisationId || (actor.viewableOrganisationIds ?? []).includes(organisationId);
}

/** A viewer given other organisations observes them; its own (a ministry, say) does not report. */
export function isObserver(actor: Actor): boolean {
  return actor.role === "viewer" && (actor.viewableOrganisationIds ?? []).length > 0;
}

/** The organisations a user's dashboards and comparisons show. */
export function dashboardOrganisationIds(actor: Actor): string[] {
  const others = actor.viewableOrganisationIds ?? [];
  return isObserver(actor) ? [...others] : [actor.organisationId, ...others];
}

/** Comparing organisations is for users who may read more than their own. */
export function canCompareOrganisations(actor: Actor): boolean {
  return (actor.viewableOrganisationIds ?? []).length > 0;
}

/** Of the figure editors, editors enter only their unit's fields, in their own organisation. */
export function canEditField(actor: Actor, organisationId: string, fieldCode: string): boolean {
  if (actor.organisationId !== organisationId || !hasRole(actor, figureEditors)) return false;
  return actor.role !== "editor" || actor.fieldCodes.includes(fieldCode);
}

/** The entry pages (figures, targets, import) are for the organisation's staff; viewers only read dashboards. */
export function canOpenEntry(actor: Pick<Actor, "role">): boolean {
  return actor.role !== "viewer";
}

/** The fields an entry page or template shows: an editor's own unit's, everyone else's all (directors read them). */
export function entryFields<F extends { code: string }>(actor: Pick<Actor, "role" | "fieldCodes">, fields: F[]): F[] {
  return actor.role === "editor" ? fields.filter((f) => actor.fieldCodes.includes(f.code)) : fields;
}

/** Who sets the year's targets (kế hoạch năm). */
export const targetSetters: readonly Role[] = ["admin", "compiler", "director"];

/** The administration (Quản trị): settings, units, accounts, tokens, report templates, unlocking a month. */
export const administrators: readonly Role[] = ["admin"];

export function canAdminister(actor: Pick<Actor, "role">): boolean {
  return hasRole(actor, administrators);
}

/** An editor hands in their own unit's month (the entry page offers it to them); the office and admins any unit's. */
export function canSubmitMonth(actor: Pick<Actor, "role" | "unitId">, unitId: string): boolean {
  return (submitsOwnUnit(actor) && actor.unitId === unitId) || hasRole(actor, ["admin", "compiler"]);
}

export function submitsOwnUnit(actor: Pick<Actor, "role" | "unitId">): boolean {
  return actor.role === "editor" && Boolean(actor.unitId);
}

/** Who locks a month (the office and directors); only an administrator unlocks it. */
export const monthLockers: readonly Role[] = ["admin", "compiler", "director"];

/** Who drafts and reads reports (Báo cáo), in the pages and through /api/v1/reports alike. */
export const reportRoles: readonly Role[] = ["admin", "compiler", "director"];

export function canCompileReports(actor: Pick<Actor, "role">): boolean {
  return hasRole(actor, reportRoles);
}

/** Who sees what their organisation has due (Lịch báo cáo): its own staff, not observers of other organisations. */
export const calendarRoles: readonly Role[] = ["admin", "compiler", "director", "editor"];

/**
 * Who brings a department's history in from past reports (read, review, apply): the office and
 * admins, who enter every field; a director reads figures but enters none, and an editor's report
 * holds other units' fields.
 */
export const importRoles: readonly Role[] = ["admin", "compiler"];

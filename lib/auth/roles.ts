// Who may do what. Pure: the server checks call these, the UI may call them to hide what a user cannot do.

export const roles = ["admin", "compiler", "director", "editor"] as const;
export type Role = (typeof roles)[number];

export interface Actor {
  role: Role;
  organisationId: string;
  /** Fields of the user's unit: the only fields an editor may enter. */
  fieldCodes: readonly string[];
}

export function hasRole(actor: Pick<Actor, "role">, allowed: readonly Role[]): boolean {
  return allowed.includes(actor.role);
}

/** Everyone reads the figures of their own organisation. */
export function canViewOrganisation(actor: Actor, organisationId: string): boolean {
  return actor.organisationId === organisationId;
}

/** Admins and the office enter any field; editors only their unit's fields; directors read. */
export function canEditField(actor: Actor, organisationId: string, fieldCode: string): boolean {
  if (!canViewOrganisation(actor, organisationId)) return false;
  if (actor.role === "admin" || actor.role === "compiler") return true;
  return actor.role === "editor" && actor.fieldCodes.includes(fieldCode);
}

export function canAdminister(actor: Pick<Actor, "role">): boolean {
  return actor.role === "admin";
}

export function canCompileReports(actor: Pick<Actor, "role">): boolean {
  return hasRole(actor, ["admin", "compiler", "director"]);
}

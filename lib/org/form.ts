// The organisation forms' fields, arranged as their schemas' inputs (lib/org/schema.ts judges them).

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
};
const lines = (value: string) =>
  value
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** The settings form, or the first-run page's part of it with the date it takes effect. */
export function profileFields(form: FormData, effectiveFrom = text(form, "effectiveFrom")) {
  return {
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
  };
}

/** The first-run page: the set-up code, the organisation with its settings from today, and its first administrator. */
export function setupFields(form: FormData, today: Date) {
  return {
    setupCode: text(form, "setupCode"),
    code: text(form, "code"),
    profile: profileFields(form, today.toISOString().slice(0, 10)),
    admin: {
      username: text(form, "adminUsername"),
      password: text(form, "adminPassword"),
      displayName: text(form, "adminUsername"),
    },
  };
}

/** The first-run page's field of a schema path: `admin.username` is `adminUsername`, `profile.name` is `name`. */
export function setupField(path: string): string {
  if (path.startsWith("admin.")) return path === "admin.password" ? "adminPassword" : "adminUsername";
  return path.replace(/^profile\./, "");
}

export function unitFields(form: FormData) {
  return {
    id: text(form, "id") || undefined,
    code: text(form, "code"),
    name: text(form, "name"),
    fieldCodes: form.getAll("fieldCodes").map(String),
    dueDay: text(form, "dueDay"),
  };
}

export function userFields(form: FormData) {
  return {
    id: text(form, "id") || undefined,
    username: text(form, "username"),
    displayName: text(form, "displayName"),
    role: text(form, "role"),
    unitId: text(form, "unitId") || null,
    password: text(form, "password"),
    active: form.get("active") === "on",
  };
}

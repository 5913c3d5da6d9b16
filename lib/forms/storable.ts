// Text PostgreSQL can store: no NUL character (its text type cannot hold one) and no lone UTF-16
// surrogate (no Unicode character, not encodable in UTF-8; JSON's "\ud800" makes one). Refused
// as invalid input wherever input arrives, never left to the database.

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !text.includes("\u0000") && !loneSurrogate.test(text);
}

/**
 * Where a value holds text that cannot be stored: the path of the first string, key or file name
 * ("values.0.note", "" for the value itself), or null when all of it can be.
 */
export function unstorablePath(value: unknown, at: string[] = []): string | null {
  if (typeof value === "string") return isStorableText(value) ? null : at.join(".");
  if (typeof File !== "undefined" && value instanceof File) return isStorableText(value.name) ? null : at.join(".");
  if (!value || typeof value !== "object" || value instanceof Blob) return null;
  for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const path = [...at, String(key)];
    if (typeof key === "string" && !isStorableText(key)) return path.join(".");
    const found = unstorablePath(item, path);
    if (found !== null) return found;
  }
  return null;
}

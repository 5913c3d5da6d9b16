// Sheets are named after what they hold (a field's name, not its code), within Excel's rules: at
// most 31 characters, none of []:*?/\, no ' at either end, unique regardless of case, not "History".

const maxLength = 31;

function clean(name: string): string {
  return name
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
}

/** A name cut at a word when it is too long ("Dịch vụ công trực tuyến và…"). */
function shorten(name: string, length: number): string {
  if (name.length <= length) return name;
  const cut = name.slice(0, length - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space >= length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Excel sheet names for the given titles, in order, each valid and different from the others. */
export function sheetNames(titles: string[], reserved: string[] = []): string[] {
  const taken = new Set(["history", ...reserved.map((r) => r.toLowerCase())]);
  return titles.map((title) => {
    const base = clean(title) || "Sheet";
    let name = shorten(base, maxLength);
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${shorten(base, maxLength - ` (${n})`.length)} (${n})`;
    taken.add(name.toLowerCase());
    return name;
  });
}

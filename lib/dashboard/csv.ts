/** Text cells a spreadsheet would read as a formula: they start with =, +, -, @, a tab or a CR. */
const formulaStart = /^[=+\-@\t\r]/;

/** CSV with a BOM so that Excel opens Vietnamese text correctly; numbers stay machine-readable, text never runs as a formula. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    if (v === null) return "";
    const text = typeof v === "string" && formulaStart.test(v) ? `'${v}` : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return "\uFEFF" + [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

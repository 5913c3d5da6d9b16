// Sentence templates: text with {indicator} or {indicator|formatter} placeholders, e.g.
// "Toàn tỉnh có {tel.bts} trạm BTS, {tel.bts|vs_last_year}." Parsed once, checked against the
// catalog, filled from a period's figures by compose.ts.

export const formatters = ["value", "pad2", "pct", "vs_last_year", "vs_previous", "vs_target"] as const;
export type Formatter = (typeof formatters)[number];

export type TemplatePart = { text: string } | { indicator: string; formatter: Formatter; position: number };

export interface TemplateError {
  /** Character offset of the placeholder in the template (0-based). */
  position: number;
  code: "unknown_indicator" | "unknown_formatter" | "unclosed" | "empty";
  token: string;
}

export type ParsedTemplate = { ok: true; parts: TemplatePart[] } | { ok: false; errors: TemplateError[] };

export function parseTemplate(template: string, knownIndicators: ReadonlySet<string>): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const errors: TemplateError[] = [];
  let cursor = 0;
  while (cursor < template.length) {
    const open = template.indexOf("{", cursor);
    if (open < 0) {
      parts.push({ text: template.slice(cursor) });
      break;
    }
    if (open > cursor) parts.push({ text: template.slice(cursor, open) });
    const close = template.indexOf("}", open);
    if (close < 0) {
      errors.push({ position: open, code: "unclosed", token: template.slice(open) });
      break;
    }
    const token = template.slice(open + 1, close).trim();
    const [indicator, formatter = "value"] = token.split("|").map((s) => s.trim());
    if (!indicator) errors.push({ position: open, code: "empty", token });
    else if (!knownIndicators.has(indicator)) errors.push({ position: open, code: "unknown_indicator", token: indicator });
    else if (!(formatters as readonly string[]).includes(formatter)) errors.push({ position: open, code: "unknown_formatter", token: formatter });
    else parts.push({ indicator, formatter: formatter as Formatter, position: open });
    cursor = close + 1;
  }
  return errors.length ? { ok: false, errors } : { ok: true, parts };
}

export function describeTemplateError(error: TemplateError, locale: "vi" | "en"): string {
  const at = locale === "vi" ? `vị trí ${error.position + 1}` : `position ${error.position + 1}`;
  const what = {
    unknown_indicator: locale === "vi" ? `không có chỉ tiêu "${error.token}"` : `no indicator "${error.token}"`,
    unknown_formatter: locale === "vi" ? `không có định dạng "${error.token}"` : `no formatter "${error.token}"`,
    unclosed: locale === "vi" ? "thiếu dấu }" : "missing }",
    empty: locale === "vi" ? "chỗ trống {} không có chỉ tiêu" : "empty placeholder {}",
  }[error.code];
  return `${at}: ${what}`;
}

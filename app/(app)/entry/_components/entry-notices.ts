import type { CatalogIndicator } from "@/lib/catalog/types";
import type { Locale } from "@/lib/i18n/dictionary";
import { describeIssue } from "@/lib/values/check-messages";
import type { CheckIssue } from "@/lib/values/check-issue";
import { nameOfCode } from "@/lib/i18n/local-name";

/** A check's message, shown at its row and in the summary, with the field where the user acts on it. */
export interface Notice {
  key: string;
  indicator: string;
  code: string;
  tone: "error" | "warning";
  text: string;
  /** A jump waiting for its note sends the user to the note; everything else to the value. */
  target: "value" | "note";
}

export function entryNotices({
  invalid,
  issues,
  catalog,
  locale,
  invalidText,
}: {
  invalid: string[];
  issues: CheckIssue[];
  catalog: Map<string, CatalogIndicator>;
  locale: Locale;
  invalidText: string;
}): Notice[] {
  const name = (code: string) => nameOfCode(catalog, code, locale);
  return [
    ...invalid.map((code): Notice => ({
      key: `${code}:invalid`,
      indicator: code,
      code: "invalid",
      tone: "error",
      text: `${name(code)}: ${invalidText}`,
      target: "value",
    })),
    ...issues.map((issue, i): Notice => ({
      key: `${issue.indicator}:${issue.code}:${i}`,
      indicator: issue.indicator,
      code: issue.code,
      tone: issue.severity,
      text: describeIssue(issue, catalog, locale),
      target: issue.code === "jump" && issue.blocking ? "note" : "value",
    })),
  ];
}

export const fieldId = (target: Notice["target"], indicator: string) => `${target}-${indicator}`;
export const noticeId = (notice: Notice) => `notice-${notice.key}`;

/** Moves the focus to a row's value or note, in the middle of the screen. */
export function focusField(target: Notice["target"], indicator: string): void {
  const element = document.getElementById(fieldId(target, indicator));
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: "center" });
}

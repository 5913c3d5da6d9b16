import type { Dictionary } from "@/lib/i18n/dictionary";

/** How a value was saved, in words: the audit stores entry, import or api. */
export function sourceLabel(source: string, labels: Dictionary["entry"]["sources"]): string {
  return source in labels ? labels[source as keyof typeof labels] : source;
}

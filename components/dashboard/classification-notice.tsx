import { Link } from "@/components/link";
import { headsOf, type ClassificationChange } from "@/lib/catalog/classification";
import { fill, type Dictionary, type Locale } from "@/lib/i18n/dictionary";
import { periodLabel } from "@/lib/periods/labels";
import { addMonths, splitYearMonth } from "@/lib/periods/period";
import { localName } from "@/lib/i18n/local-name";

const monthLabel = (yearMonth: number, locale: Locale) => {
  const { year, month } = splitYearMonth(yearMonth);
  return periodLabel({ kind: "month", year, index: month }, locale);
};

/** Where the indicator's classification changed: what was reported until then and what from then on, each linked. */
export function ClassificationNotice({
  changes,
  locale,
  text,
  href,
}: {
  changes: ClassificationChange[];
  locale: Locale;
  text: Dictionary["dashboard"];
  href: (code: string) => string;
}) {
  if (changes.length === 0) return null;
  const name = (i: { nameVi: string; nameEn: string }) => localName(i, locale);
  const list = (label: string, indicators: ClassificationChange["ended"]) =>
    indicators.length > 0 && (
      <p>
        {label}{" "}
        {headsOf(indicators).map((indicator, i) => (
          <span key={indicator.code}>
            {i > 0 && "; "}
            <Link className="text-brand-700 underline" href={href(indicator.code)}>
              {name(indicator)}
            </Link>
          </span>
        ))}
      </p>
    );
  return (
    <aside
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid="classification-change"
    >
      {changes.map((change) => (
        <div key={`${change.field}@${change.month}`} className="space-y-1">
          <p className="font-medium first-letter:uppercase">
            {fill(text.classificationChanged, { month: monthLabel(change.month, locale) })}
          </p>
          {list(
            fill(text.classificationEnded, { month: monthLabel(addMonths(change.month, -1), locale) }),
            change.ended,
          )}
          {list(fill(text.classificationBegan, { month: monthLabel(change.month, locale) }), change.began)}
        </div>
      ))}
      <p className="text-amber-900">{text.classificationNote}</p>
    </aside>
  );
}

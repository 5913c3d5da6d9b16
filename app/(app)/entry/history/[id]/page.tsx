import { Link } from "@/components/link";
import { Alert } from "@/components/ui/alert";
import { importRoles } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { catalogOfPeriod } from "@/lib/catalog/dated";
import { isDerived } from "@/lib/catalog/types";
import { formatDate } from "@/lib/format/date";
import { fill, getDictionary } from "@/lib/i18n/dictionary";
import { pageTitle } from "@/lib/i18n/metadata";
import { findImportPages, getReadableImport } from "@/lib/imports/data";
import { periodLabel } from "@/lib/periods/labels";
import { parsePeriod } from "@/lib/periods/period";
import { ReviewForm } from "./review-form";
import type { ReviewIndicator } from "./review-indicator";
import { ScanPages } from "./scan-pages";
import { localName, localUnit } from "@/lib/i18n/local-name";
import { inCatalogOrder } from "@/lib/catalog/tree";

export const generateMetadata = pageTitle((t) => t.history.reviewTitle);

export const dynamic = "force-dynamic";

/** One reading under review: its candidates by field in catalog order, the unmatched numbers, and Áp dụng. */
export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole(...importRoles);
  const t = getDictionary(user.locale);
  const { id } = await params;
  const [reading, pages, fields, catalog] = await Promise.all([
    getReadableImport({ actor: user, id }),
    findImportPages({ actor: user, id }),
    findFields(),
    findIndicators(),
  ]);
  const period = reading.period ? parsePeriod(reading.period) : null;
  const fieldName = new Map(fields.map((f) => [f.code, localName(f, user.locale)]));
  const stored = (period ? catalogOfPeriod(catalog, period) : catalog).filter((i) => !isDerived(i.kind));
  const indicators: ReviewIndicator[] = inCatalogOrder(stored, fields).map((i) => ({
    code: i.code,
    field: i.field,
    fieldName: fieldName.get(i.field) ?? i.field,
    name: localName(i, user.locale),
    unit: localUnit(i, user.locale),
  }));
  const label = period ? periodLabel(period, user.locale) : "";
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/entry/history" className="text-brand-700 underline">
          {t.history.back}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t.history.reviewTitle}</h1>
      <p className="break-words text-slate-700">
        {reading.fileName ?? t.history.pasted}
        {label && <span className="first-letter:uppercase"> · {label}</span>}
      </p>
      {reading.appliedAt && (
        <Alert tone="success">{fill(t.history.appliedOn, { date: formatDate(reading.appliedAt, user.locale) })}</Alert>
      )}
      {period ? (
        <ReviewForm
          reading={reading}
          period={reading.period!}
          periodText={label}
          indicators={indicators}
          catalog={catalog}
          locale={user.locale}
          noteLabel={t.entry.note}
          text={t.history}
        />
      ) : (
        <Alert tone="warning">{t.history.noPeriodApply}</Alert>
      )}
      <ScanPages importId={reading.id} pages={pages} text={t.history} />
    </div>
  );
}

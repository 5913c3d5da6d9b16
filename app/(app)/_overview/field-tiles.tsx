import { Link } from "@/components/link";
import { KpiTile, type TileText } from "@/components/dashboard/kpi-tile";
import type { CatalogField } from "@/lib/catalog/types";
import type { Tile } from "@/lib/dashboard/data";
import { fill, type Locale } from "@/lib/i18n/dictionary";
import { periodLabel } from "@/lib/periods/labels";
import { formatPeriodCode, type Period } from "@/lib/periods/period";
import { localName } from "@/lib/i18n/local-name";

interface Props {
  /** Every field's tiles, asked once for the whole page. */
  allTiles: Promise<Tile[]>;
  /** Another organisation's code, carried into the links. */
  org: string | null;
  /** The user's own organisation: an empty field links to data entry. */
  own: boolean;
  field: CatalogField;
  period: Period;
  locale: Locale;
  text: TileText;
}

/** One field's widget; streamed on its own behind a skeleton. */
export async function FieldTiles({ allTiles, org, own, field, period, locale, text }: Props) {
  const tiles = (await allTiles).filter((tile) => tile.indicator.field === field.code);
  const code = formatPeriodCode(period);
  const orgQuery = org ? `&org=${org}` : "";
  const empty = tiles.every((t) => t.current.value === null);
  return (
    <section className="space-y-2" data-testid={`field-${field.code}`} aria-labelledby={`field-title-${field.code}`}>
      <h2 id={`field-title-${field.code}`} className="text-lg font-semibold">
        <Link href={`/?period=${code}&field=${field.code}${orgQuery}`} className="hover:underline">
          {localName(field, locale)}
        </Link>
      </h2>
      {empty ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">
          {fill(text.noData, { period: periodLabel(period, locale) })}{" "}
          {own && (
            <Link className="text-brand-700 underline" href={`/entry?field=${field.code}`}>
              {text.goEntry}
            </Link>
          )}
        </p>
      ) : (
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {tiles.map((tile) => (
            <KpiTile
              key={tile.indicator.code}
              tile={tile}
              href={`/indicators/${tile.indicator.code}?period=${code}${orgQuery}`}
              locale={locale}
              text={text}
            />
          ))}
        </div>
      )}
    </section>
  );
}

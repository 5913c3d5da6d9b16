import { Link } from "@/components/link";
import { Sparkline } from "@/components/charts/sparkline";
import { cn } from "@/lib/cn";
import { spanLabel, type SpanText } from "@/lib/dashboard/comparison";
import { delta, deltaTone, formatChange, type Tone } from "@/lib/dashboard/deltas";
import type { Tile } from "@/lib/dashboard/data";
import { formatNumber, formatPercent } from "@/lib/format/number";
import { fill, type Dictionary, type Locale } from "@/lib/i18n/dictionary";
import { previousPeriod, samePeriodLastYear, splitYearMonth } from "@/lib/periods/period";
import { localName, localUnit } from "@/lib/i18n/local-name";

/** The dashboard's strings and the month names that say a period's months. */
export type TileText = Dictionary["dashboard"] & Pick<SpanText, "monthNames">;

const tones: Record<Tone, string> = { good: "text-emerald-700", bad: "text-red-700", neutral: "text-slate-500" };

function formatValue(value: number, unit: string, decimals: number, locale: Locale): string {
  return unit === "%" ? formatPercent(value, decimals, locale) : formatNumber(value, decimals, locale);
}

interface ChangeProps {
  current: number | null;
  base: number | null;
  label: string;
  tile: Tile;
  locale: Locale;
  text: Dictionary["dashboard"];
}

function Change({ current, base, label, tile, locale, text }: ChangeProps) {
  const change = delta(current, base);
  if (!change) return null;
  const { indicator } = tile;
  const percentUnit = indicator.unitVi === "%";
  const abs = formatChange(change.abs, indicator.decimals, locale);
  // What prints as no change is no change, whatever digits lie beyond the indicator's decimals.
  if (abs === null) {
    return (
      <p className={cn("text-xs", tones.neutral)}>
        {text.unchanged} {label}
      </p>
    );
  }
  const pct =
    change.pct === null || percentUnit
      ? ""
      : ` (${formatChange(change.pct, 1, locale) ?? formatNumber(0, 1, locale)}%)`;
  const tone = deltaTone(change, indicator.higherIsBetter);
  return (
    <p className={cn("text-xs", tones[tone])}>
      {percentUnit ? `${abs} ${text.percentPoints}` : abs}
      {pct} {label}
    </p>
  );
}

/** The % of the year's target, saying what it measures: the sum since January, or the level at its month. */
function Reached({ tile, locale, text }: { tile: Tile; locale: Locale; text: TileText }) {
  const { targetPct, targetThrough } = tile.current;
  if (targetPct === null || targetThrough === null) return null;
  const { month } = splitYearMonth(targetThrough);
  const pct = formatPercent(targetPct, 1, locale);
  const sentence = tile.cumulative
    ? fill(text.reachedCumulative, { n: month, pct })
    : fill(text.reachedLevel, { month, name: text.monthNames[month - 1], pct });
  return <p className="text-xs font-medium text-slate-700">{sentence}</p>;
}

export function KpiTile({ tile, href, locale, text }: { tile: Tile; href: string; locale: Locale; text: TileText }) {
  const { indicator, current, period, soFar } = tile;
  const unit = localUnit(indicator, locale);
  // A period in progress is compared over the months it has so far, and says which.
  const over = (label: string, withSpan: string, base: typeof period) =>
    soFar === null ? label : fill(withSpan, { span: spanLabel(base, soFar, text) });
  return (
    <Link
      href={href}
      className="block rounded-lg border border-slate-200 bg-white p-3 hover:border-brand-600 focus-visible:border-brand-600"
      data-testid={`tile-${indicator.code}`}
    >
      <p className="line-clamp-2 min-h-[2.5rem] text-sm text-slate-600">{localName(indicator, locale)}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">
        {current.value === null ? (
          "—"
        ) : (
          <span data-testid="tile-value">
            {formatValue(current.value, indicator.unitVi, indicator.decimals, locale)}
          </span>
        )}
        {unit !== "%" && <span className="ml-1 text-sm font-normal text-slate-500">{unit}</span>}
        {current.estimate && (
          <span className="ml-1 align-top text-xs font-normal text-amber-700">({text.estimate})</span>
        )}
      </p>
      {soFar !== null ? (
        <p className="text-xs text-amber-800" data-testid="tile-span">
          {fill(text.partial, { span: spanLabel(period, soFar, text) })}
        </p>
      ) : (
        !current.complete && current.value !== null && <p className="text-xs text-amber-800">{text.incomplete}</p>
      )}
      {tile.showsPrevious && (
        <Change
          current={current.value}
          base={tile.previous}
          label={over(text.vsPrevious, text.vsPreviousSpan, previousPeriod(period))}
          tile={tile}
          locale={locale}
          text={text}
        />
      )}
      <Change
        current={current.value}
        base={tile.lastYear}
        label={over(text.vsLastYear, text.vsLastYearSpan, samePeriodLastYear(period))}
        tile={tile}
        locale={locale}
        text={text}
      />
      <Reached tile={tile} locale={locale} text={text} />
      <Sparkline
        values={tile.spark.map((s) => s.value)}
        label={`${text.sparkline}: ${tile.spark.map((s) => (s.value === null ? "—" : formatNumber(s.value, indicator.decimals, locale))).join(", ")}`}
      />
    </Link>
  );
}

export function TilesSkeleton() {
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-4" aria-busy="true">
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="h-40 animate-pulse rounded-lg bg-slate-200" />
      ))}
    </div>
  );
}

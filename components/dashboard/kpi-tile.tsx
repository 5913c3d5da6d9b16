import Link from "next/link";
import { Sparkline } from "@/components/charts/sparkline";
import { cn } from "@/lib/cn";
import { delta, deltaTone, type Tone } from "@/lib/dashboard/deltas";
import type { Tile } from "@/lib/dashboard/data";
import { formatNumber, formatPercent } from "@/lib/format/number";
import { fill, type Dictionary, type Locale } from "@/lib/i18n/dictionary";

const tones: Record<Tone, string> = { good: "text-emerald-700", bad: "text-red-700", neutral: "text-slate-500" };

function formatValue(value: number, unit: string, decimals: number, locale: Locale): string {
  return unit === "%" ? formatPercent(value, decimals, locale) : formatNumber(value, decimals, locale);
}

function Change({ current, base, label, tile, locale, points }: { current: number | null; base: number | null; label: string; tile: Tile; locale: Locale; points: string }) {
  const change = delta(current, base);
  if (!change) return null;
  const { indicator } = tile;
  const percentUnit = indicator.unitVi === "%";
  const sign = change.abs > 0 ? "+" : "";
  const abs = percentUnit ? `${sign}${formatNumber(change.abs, indicator.decimals, locale)} ${points}` : `${sign}${formatNumber(change.abs, indicator.decimals, locale)}`;
  const pct = change.pct === null || percentUnit ? "" : ` (${sign}${formatPercent(change.pct, 1, locale)})`;
  return (
    <p className={cn("text-xs", tones[deltaTone(change, indicator.higherIsBetter)])}>
      {abs}
      {pct} {label}
    </p>
  );
}

export function KpiTile({ tile, href, locale, text }: { tile: Tile; href: string; locale: Locale; text: Dictionary["dashboard"] }) {
  const { indicator, current } = tile;
  const en = locale === "en";
  const unit = en ? indicator.unitEn : indicator.unitVi;
  return (
    <Link href={href} className="block rounded-lg border border-slate-200 bg-white p-3 hover:border-brand-600 focus-visible:border-brand-600" data-testid={`tile-${indicator.code}`}>
      <p className="line-clamp-2 min-h-[2.5rem] text-sm text-slate-600">{en ? indicator.nameEn : indicator.nameVi}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">
        {current.value === null ? "—" : <span data-testid="tile-value">{formatValue(current.value, indicator.unitVi, indicator.decimals, locale)}</span>}
        {unit !== "%" && <span className="ml-1 text-sm font-normal text-slate-500">{unit}</span>}
        {current.estimate && <span className="ml-1 align-top text-xs font-normal text-amber-700">({text.estimate})</span>}
      </p>
      {!current.complete && current.value !== null && <p className="text-xs text-amber-700">{text.incomplete}</p>}
      {tile.showsPrevious && <Change current={current.value} base={tile.previous} label={text.vsPrevious} tile={tile} locale={locale} points={text.percentPoints} />}
      <Change current={current.value} base={tile.lastYear} label={text.vsLastYear} tile={tile} locale={locale} points={text.percentPoints} />
      {current.targetPct !== null && (
        <p className="text-xs font-medium text-slate-700">{fill(text.reached, { pct: formatPercent(current.targetPct, 1, locale) })}</p>
      )}
      <Sparkline values={tile.spark.map((s) => s.value)} label={`${text.sparkline}: ${tile.spark.map((s) => (s.value === null ? "—" : formatNumber(s.value, indicator.decimals, locale))).join(", ")}`} />
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

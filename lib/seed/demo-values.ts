import { isActiveIn } from "@/lib/catalog/dated";
import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";

// Demo figures for trying the product: deterministic, consistent with the catalog's rules (parts
// add up, numerators stay under denominators, stocks move slowly, flows vary by month) and equal
// to the June 2023 report (seed 000) in that month.

export interface DemoValue {
  indicator: string;
  yearMonth: number;
  value: string;
  estimate: boolean;
  note?: string;
}

export const anchorMonth = 202306;

/** Plausible monthly levels for indicators the seed report does not print. */
const fallbackLevels: Record<string, number> = {
  "dir.decisions_issued": 8,
  "dir.plans_issued": 3,
  "dir.tasks_assigned": 12,
  "dir.tasks_done": 10,
  "post.revenue": 14.5,
  "tel.fixed_subscribers": 14500,
  "tel.mobile_subscribers": 1050000,
  "tel.internet_subscribers": 820000,
  "tel.fixed_broadband_subscribers": 160000,
  "tel.mobile_internet_subscribers": 660000,
  "org.population": 1010000,
  "tel.revenue": 95.3,
  "tel.bts_sites_approved": 5,
  "tel.game_points_certified": 4,
  "sec.vulnerability_notices": 3,
  "web.portal_posts_vi": 35,
  "web.portal_posts_km": 20,
  "web.portal_posts_en": 19,
  "web.audio_bulletins": 11,
  "web.citizen_questions": 2,
  "web.draft_docs_for_comment": 7,
  "web.component_sites": 41,
  "press.print_registrations": 1,
  "press.outdoor_panels": 3,
  "grass.commune_radio_stations": 95,
  "grass.radio_minutes_per_day": 45,
  "insp.inspections": 1,
  "insp.entities_inspected": 4,
  "insp.violations": 1,
  "insp.penalty_decisions": 1,
  "insp.fines_vnd": 7500000,
  "insp.denunciations": 1,
  "inv.capital_disbursed": 2.5,
  "inv.capital_allocated": 45.6,
};

/** Stocks that do not grow: counts of communes and full-coverage shares. */
const steady = new Set([
  "post.communes_total",
  "post.communes_served",
  "it.communes_total",
  "tel.fiber_commune_coverage",
  "tel.mobile_commune_coverage",
  "tel.enterprises",
]);

export function anchorLevel(indicator: CatalogIndicator): number | null {
  const match = /([\d.]+) @2023-06 \(000\)/.exec(indicator.example ?? "");
  if (match) return Number(match[1]);
  return fallbackLevels[indicator.code] ?? null;
}

function random(seedText: string): () => number {
  let seed = 0;
  for (const char of seedText) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function monthIndex(ym: number): number {
  return Math.floor(ym / 100) * 12 + (ym % 100) - 1;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.max(0, Math.round(value * factor) / factor);
}

type Series = Map<number, number>;

interface Options {
  /** Another organisation's size relative to the demo department. */
  scale: number;
  /** Varies the noise between organisations. */
  salt: string;
}

function ownSeries(
  indicator: CatalogIndicator,
  level: number,
  months: number[],
  { salt, exact }: { salt: string; exact: boolean },
): Series {
  const next = random(indicator.code + salt);
  const series: Series = new Map();
  const growth = steady.has(indicator.code) ? 0 : 0.002 + next() * 0.006;
  for (const ym of months) {
    const t = monthIndex(ym) - monthIndex(anchorMonth);
    if (ym === anchorMonth && exact) {
      series.set(ym, level);
      continue;
    }
    const value =
      indicator.kind === "stock"
        ? level * (1 + growth) ** t * (1 + (steady.has(indicator.code) ? 0 : (next() - 0.5) * 0.002))
        : level *
          (1 + growth * 3) ** (t / 12) *
          (1 + 0.12 * Math.sin(((ym % 100) / 12) * 2 * Math.PI)) *
          (0.75 + next() * 0.5);
    series.set(ym, round(value, indicator.decimals));
  }
  return series;
}

function splitIntoParts(
  total: CatalogIndicator,
  totalSeries: Series,
  parts: CatalogIndicator[],
  levels: Map<string, number>,
  out: Map<string, Series>,
  { salt, exact }: { salt: string; exact: boolean },
) {
  const totalLevel = levels.get(total.code) ?? 0;
  const next = random(`${total.code}/parts${salt}`);
  const partSeries = parts.map(() => new Map<number, number>() as Series);
  for (const [ym, value] of totalSeries) {
    if (ym === anchorMonth && exact) {
      parts.forEach((part, i) => partSeries[i].set(ym, levels.get(part.code) ?? 0));
      continue;
    }
    const shares = parts.map((part) => ((levels.get(part.code) ?? 0) / (totalLevel || 1)) * (0.97 + next() * 0.06));
    const scale = total.exhaustive ? 1 : Math.min(1, 0.999 / (shares.reduce((a, b) => a + b, 0) || 1));
    const values = shares.map((share, i) => round(value * share * scale, parts[i].decimals));
    if (total.exhaustive) {
      // The largest part takes the remainder, so it can never go below zero.
      const remainder = shares.indexOf(Math.max(...shares));
      const others = values.reduce((sum, v, i) => (i === remainder ? sum : sum + v), 0);
      values[remainder] = round(value - others, total.decimals);
    } else {
      // Rounding each part up can carry their sum over the total.
      const step = 10 ** -total.decimals;
      while (values.reduce((a, b) => a + b, 0) > value + 1e-9) {
        const largest = values.indexOf(Math.max(...values));
        values[largest] = round(values[largest] - step, total.decimals);
      }
    }
    values.forEach((v, i) => partSeries[i].set(ym, v));
  }
  parts.forEach((part, i) => out.set(part.code, partSeries[i]));
}

/**
 * An exhaustive total whose parts are not all reported in a month (district agencies after the 2025
 * reform) is the sum of those that are, so its parts still add up; the first such month says why in a
 * note. `changed` are months in which a part was itself re-summed. Returns the months it changed.
 */
function sumReportedParts(
  total: CatalogIndicator,
  parts: CatalogIndicator[],
  changed: Set<number>,
  series: Map<string, Series>,
  notes: Map<string, string>,
): number[] {
  const own = series.get(total.code)!;
  let noted = false;
  for (const ym of own.keys()) {
    const reported = parts.filter((p) => isActiveIn(p, ym));
    if (reported.length === parts.length && !changed.has(ym)) continue;
    own.set(
      ym,
      round(
        reported.reduce((sum, p) => sum + (series.get(p.code)?.get(ym) ?? 0), 0),
        total.decimals,
      ),
    );
    changed.add(ym);
    const gone = parts.filter((p) => !isActiveIn(p, ym));
    if (noted || !gone.length) continue;
    notes.set(
      `${total.code}:${ym}`,
      `Từ tháng ${ym % 100}/${Math.floor(ym / 100)} không còn số liệu: ${gone.map((p) => p.nameVi).join("; ")}.`,
    );
    noted = true;
  }
  return [...changed];
}

/**
 * Monthly figures for every stored indicator. With the default options they equal seed 000 in June
 * 2023; other organisations (a second demo province, the benchmark's 34) pass a scale and a salt.
 */
export function generateDemoValues(
  catalog: CatalogIndicator[],
  months: number[],
  { scale, salt }: Options = { scale: 1, salt: "" },
): DemoValue[] {
  const stored = catalog.filter((i) => !isDerived(i.kind));
  const exact = scale === 1 && salt === "";
  const how = { salt, exact };
  const levels = new Map<string, number>();
  for (const indicator of stored) {
    const level = anchorLevel(indicator);
    if (level !== null)
      levels.set(
        indicator.code,
        steady.has(indicator.code) && indicator.unitVi === "%" ? level : round(level * scale, indicator.decimals),
      );
  }
  const series = new Map<string, Series>();
  const notes = new Map<string, string>();
  const ratioDenominator = new Map(
    catalog
      .filter((i) => i.kind === "ratio" && i.numerator && i.denominator)
      .map((i) => [i.numerator!, i.denominator!]),
  );

  const build = (indicator: CatalogIndicator) => {
    if (series.has(indicator.code) || !levels.has(indicator.code)) return;
    const denominatorCode = ratioDenominator.get(indicator.code);
    const denominator = denominatorCode ? stored.find((i) => i.code === denominatorCode) : undefined;
    if (indicator.parent) return; // made by its total's split
    if (denominator && levels.has(denominator.code) && !denominator.parent) {
      build(denominator);
      const base = series.get(denominator.code)!;
      const share = levels.get(indicator.code)! / levels.get(denominator.code)!;
      const next = random(indicator.code + salt);
      const own: Series = new Map();
      for (const [ym, value] of base) {
        own.set(
          ym,
          ym === anchorMonth && exact
            ? levels.get(indicator.code)!
            : Math.min(value, round(value * share * (0.96 + next() * 0.08), indicator.decimals)),
        );
      }
      series.set(indicator.code, own);
    } else {
      series.set(indicator.code, ownSeries(indicator, levels.get(indicator.code)!, months, how));
    }
    // Returns the months in which the total became the sum of its parts still reported.
    const splitDown = (total: CatalogIndicator): number[] => {
      const parts = stored.filter((p) => p.parent === total.code && levels.has(p.code));
      if (!parts.length) return [];
      splitIntoParts(total, series.get(total.code)!, parts, levels, series, how);
      const changed = new Set(parts.flatMap(splitDown));
      return total.exhaustive ? sumReportedParts(total, parts, changed, series, notes) : [];
    };
    splitDown(indicator);
  };
  stored.forEach(build);

  const last = months[months.length - 1];
  const values: DemoValue[] = [];
  for (const indicator of stored) {
    for (const [ym, value] of series.get(indicator.code) ?? []) {
      if (!isActiveIn(indicator, ym)) continue;
      const note = notes.get(`${indicator.code}:${ym}`);
      values.push({
        indicator: indicator.code,
        yearMonth: ym,
        value: value.toFixed(indicator.decimals),
        estimate: ym === last,
        ...(note ? { note } : {}),
      });
    }
  }
  return values;
}

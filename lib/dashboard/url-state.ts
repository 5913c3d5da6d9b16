import { formatPeriodCode, parsePeriod, type Period } from "@/lib/periods/period";

// What a dashboard shows lives in its URL, so a view can be shared and reloaded.

export const grains = ["month", "quarter", "ytd"] as const;
export const chartTypes = ["line", "bar"] as const;
export const ranges = [24, 36] as const;

export interface DashboardState {
  /** Another organisation's code, for users who may read several. */
  org: string | null;
  period: Period | null;
  field: string | null;
  grain: (typeof grains)[number];
  chart: (typeof chartTypes)[number];
  range: (typeof ranges)[number];
}

export const defaultState: DashboardState = {
  org: null,
  period: null,
  field: null,
  grain: "month",
  chart: "line",
  range: 24,
};

type Params = Record<string, string | string[] | undefined>;

function one(params: Params, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

function pick<T extends string | number>(allowed: readonly T[], raw: string | undefined, fallback: T): T {
  return allowed.find((a) => String(a) === raw) ?? fallback;
}

/** Reads the URL; anything unknown falls back to the default, nothing throws. */
export function parseDashboardState(params: Params, fieldCodes: readonly string[]): DashboardState {
  const field = one(params, "field");
  const org = one(params, "org");
  return {
    org: org && /^[a-z0-9][a-z0-9-]{1,40}$/.test(org) ? org : null,
    period: parsePeriod(one(params, "period") ?? ""),
    field: field && fieldCodes.includes(field) ? field : null,
    grain: pick(grains, one(params, "grain"), defaultState.grain),
    chart: pick(chartTypes, one(params, "chart"), defaultState.chart),
    range: pick(ranges, one(params, "range"), defaultState.range),
  };
}

/** The query string of a state, leaving out defaults. */
export function dashboardQuery(state: DashboardState, change: Partial<DashboardState> = {}): string {
  const next = { ...state, ...change };
  const params = new URLSearchParams();
  if (next.org) params.set("org", next.org);
  if (next.period) params.set("period", formatPeriodCode(next.period));
  if (next.field) params.set("field", next.field);
  if (next.grain !== defaultState.grain) params.set("grain", next.grain);
  if (next.chart !== defaultState.chart) params.set("chart", next.chart);
  if (next.range !== defaultState.range) params.set("range", String(next.range));
  const query = params.toString();
  return query ? `?${query}` : "";
}

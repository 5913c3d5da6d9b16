import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { requireReadableOrganisation } from "@/lib/auth/session";
import { changesOf, type ClassificationChange } from "@/lib/catalog/classification";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { namedAt } from "@/lib/catalog/dated";
import type { CatalogField, CatalogIndicator } from "@/lib/catalog/types";
import { monthPeriod, parsePeriod, periodMonths, periodRange, type Period } from "@/lib/periods/period";
import { getLatestDataMonth, getTrend, type TrendPoint } from "./data";
import { parseDashboardState, type DashboardState } from "./url-state";

// An indicator's page's data, from its code and query: its trend, its parts and where its
// classification changed.

export interface IndicatorView {
  /** The query's state, with the period shown (the latest month with figures unless one was asked). */
  state: DashboardState & { period: Period };
  organisationId: string;
  /** The catalog named as of the period's end: an indicator renamed with the 2025 reform shows its name of the time. */
  catalog: CatalogIndicator[];
  indicator: CatalogIndicator;
  field: CatalogField | undefined;
  parts: CatalogIndicator[];
  /** The period's last month (year * 100 + month), where the trend ends. */
  end: number;
  points: TrendPoint[];
  changes: ClassificationChange[];
  /** The points whose months hold the first month of a new classification: where the chart marks it. */
  breaks: string[];
}

/** The indicator's view, or null when the catalog has no such code. */
export async function getIndicatorView(
  user: SessionUser,
  code: string,
  query: Record<string, string | string[] | undefined>,
): Promise<IndicatorView | null> {
  const [wholeCatalog, fields] = await Promise.all([findIndicators(), findFields()]);
  if (!wholeCatalog.some((i) => i.code === code)) return null;
  const state = parseDashboardState(query, []);
  const { id: organisationId } = await requireReadableOrganisation(user, state.org);
  const period = state.period ?? monthPeriod((await getLatestDataMonth({ organisationId })) ?? 202301);
  const end = periodRange(period)[1];
  const catalog = namedAt(wholeCatalog, end);
  const indicator = catalog.find((i) => i.code === code)!;
  const points = await getTrend({ organisationId, indicator, end, range: state.range, grain: state.grain });
  const changes = changesOf(catalog, code);
  const breaks = points
    .filter((p) => changes.some((c) => periodMonths(parsePeriod(p.period)!).includes(c.month)))
    .map((p) => p.period);
  return {
    state: { ...state, period },
    organisationId,
    catalog,
    indicator,
    field: fields.find((f) => f.code === indicator.field),
    parts: catalog.filter((i) => i.parent === code),
    end,
    points,
    changes,
    breaks,
  };
}

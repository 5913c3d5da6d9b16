import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { requireReadableOrganisation } from "@/lib/auth/session";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { catalogOfPeriod } from "@/lib/catalog/dated";
import type { CatalogField, CatalogIndicator } from "@/lib/catalog/types";
import { findReadableOrganisations } from "@/lib/org/data";
import { pickerYears } from "@/lib/periods/choices";
import { monthOf, monthPeriod, splitYearMonth, type Period } from "@/lib/periods/period";
import { getLatestDataMonth, getTiles, type Tile } from "./data";
import { parseDashboardState, type DashboardState } from "./url-state";

// The overview page's data, from its query: whose figures, which period, which fields.

export interface Overview {
  /** The query's state, with the period shown (the latest month with figures unless one was asked). */
  state: DashboardState & { period: Period };
  organisation: { id: string; code: string };
  /** The organisations the user may switch to. */
  readable: Awaited<ReturnType<typeof findReadableOrganisations>>;
  fields: CatalogField[];
  /** Every field, or the one asked for. */
  shown: CatalogField[];
  /** The period's indicators under their names of the time (no district figures after 2025-06). */
  catalog: CatalogIndicator[];
  /** The years the period picker offers. */
  years: number[];
  /** Every shown field's tiles, not awaited: each field's widget streams once they are there. */
  tiles: Promise<Tile[]>;
}

export async function getOverview(
  user: SessionUser,
  query: Record<string, string | string[] | undefined>,
): Promise<Overview> {
  const fields = await findFields();
  const state = parseDashboardState(
    query,
    fields.map((f) => f.code),
  );
  const organisation = await requireReadableOrganisation(user, state.org);
  const [wholeCatalog, latest, readable] = await Promise.all([
    findIndicators(),
    getLatestDataMonth({ organisationId: organisation.id }),
    findReadableOrganisations({ actor: user }),
  ]);
  const fallback = latest ?? monthOf(new Date());
  const period = state.period ?? monthPeriod(fallback);
  const shown = state.field ? fields.filter((f) => f.code === state.field) : fields;
  const tiles = getTiles({ organisationId: organisation.id, period, fields: shown.map((f) => f.code) });
  tiles.catch(() => {}); // each widget's boundary shows its failure; none is left unhandled
  return {
    state: { ...state, period },
    organisation,
    readable,
    fields,
    shown,
    catalog: catalogOfPeriod(wholeCatalog, period),
    years: pickerYears(Math.max(splitYearMonth(fallback).year, new Date().getUTCFullYear())),
    tiles,
  };
}

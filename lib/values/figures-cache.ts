import "server-only";
import { LRUCache } from "lru-cache";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/data";
import { queryPrepared } from "@/lib/db/client";

// Figures computed from an organisation's values (the overview's tiles, a chart's trend, the API's
// aggregates and series) are kept in each process under the organisation's figures token, which
// database triggers change at the commit of anything that changes its figures or targets (a save,
// an import, a restore: migration figures_version), and under the catalog they were computed
// with. Every read asks the token (with its user, or once per page), so a save is in the next read
// of every web process.

async function readToken(organisationId: string): Promise<string | null> {
  const rows = await queryPrepared<{ token: string }>(
    "figures-token",
    `SELECT token FROM "FiguresVersion" WHERE "organisationId" = $1`,
    [organisationId],
  );
  return rows[0]?.token ?? null;
}

/** Once per request: a page that keeps several figures asks the token once. */
const requestToken = cache(readToken);

type Entries = LRUCache<string, { token: string; value: unknown }>;
const kept = new WeakMap<object, Entries>();
// Sized by what is kept (a series' points, a page's tiles), not by entries: an API client asking
// ever new ranges of ten years' series keeps the process within a few tens of megabytes.
const newEntries = (): Entries =>
  new LRUCache({
    maxSize: 100_000,
    sizeCalculation: ({ value }) => (Array.isArray(value) ? Math.max(1, value.length) : 1),
  });

/**
 * `compute()`, or what it returned for the same key while the organisation's figures and the
 * catalog are still those it was computed from. The value is shared between requests: callers
 * must not change it.
 */
export async function keptFigures<T>(
  {
    organisationId,
    catalog,
    key,
    reader,
  }: {
    organisationId: string;
    catalog: object;
    key: string;
    /** The user asking: of their own organisation, the token read with them is the request's. */
    reader?: Pick<SessionUser, "organisationId" | "figuresToken">;
  },
  compute: () => Promise<T>,
): Promise<T> {
  const token =
    reader?.organisationId === organisationId && reader.figuresToken !== null
      ? reader.figuresToken
      : await requestToken(organisationId);
  if (token === null) return compute();
  let entries = kept.get(catalog);
  if (!entries) kept.set(catalog, (entries = newEntries()));
  const id = `${organisationId} ${key}`;
  const hit = entries.get(id);
  if (hit?.token === token) return hit.value as T;
  // Kept under the token read before it was computed: what it read is no older than that token,
  // and once a save commits the token moves on, so nobody asks for this value again.
  const value = await compute();
  entries.set(id, { token, value });
  return value;
}

// A chart's figures as a table: what the table view shows, and what CSV and Excel downloads carry.

export const columnKinds = ["text", "integer", "number", "share"] as const;
export type ColumnKind = (typeof columnKinds)[number];

export interface ChartTable {
  header: string[];
  /** How each column is written in Excel: `number` in the chart's decimals, `share` a fraction as %. */
  kinds: ColumnKind[];
  decimals: number;
  /** Raw values for the downloads. */
  rows: (string | number | null)[][];
  /** The same rows as people read them. */
  display: string[][];
}

// A chart's key in HTML under its drawing. Recharts' own <Legend> measures itself once drawn and
// has the chart drawn a second time around it: on a field's overview that was a third of the time
// its seven charts took to appear.

export interface LegendEntry {
  name: string;
  colour: string;
  /** A series drawn as a line, a dashed line, or as areas (bars, slices). */
  mark: "line" | "dashed" | "area";
}

export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul
      className="flex flex-wrap justify-center gap-x-4 gap-y-1 pt-1 text-xs text-slate-600"
      data-testid="chart-legend"
    >
      {entries.map((entry) => (
        <li key={entry.name} className="flex items-center gap-1.5">
          <span
            aria-hidden
            className={entry.mark === "area" ? "inline-block size-2.5 rounded-sm" : "inline-block w-4 border-t-2"}
            style={
              entry.mark === "area"
                ? { backgroundColor: entry.colour }
                : { borderColor: entry.colour, borderTopStyle: entry.mark === "dashed" ? "dashed" : "solid" }
            }
          />
          {entry.name}
        </li>
      ))}
    </ul>
  );
}

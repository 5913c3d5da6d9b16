"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import type { ChartTable } from "@/lib/dashboard/chart-table";
import { toCsv } from "@/lib/dashboard/csv";
import { ChartLegend, type LegendEntry } from "./chart-legend";
import { downloadBlob, svgToPng } from "./download";

export interface ChartFrameText {
  png: string;
  csv: string;
  xlsx: string;
  xlsxFailed: string;
  showTable: string;
  showChart: string;
}

interface Props {
  title: string;
  description: string;
  fileName: string;
  table: ChartTable;
  /** In pixels, for charts that grow with their rows; 18rem otherwise. */
  height?: number;
  text: ChartFrameText;
  /** The series' key, under the drawing. */
  legend?: LegendEntry[];
  children: React.ReactNode;
}

/** A chart with its title, a table alternative, and PNG, CSV and Excel downloads. */
export function ChartFrame({ title, description, fileName, table, height, text, legend, children }: Props) {
  const chart = useRef<HTMLDivElement>(null);
  const [asTable, setAsTable] = useState(false);
  const [xlsxFailed, setXlsxFailed] = useState(false);
  const xlsx = async () => {
    const { display: _display, ...figures } = table;
    const response = await fetch("/api/export/xlsx", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title, description, fileName, ...figures }),
    }).catch(() => null);
    setXlsxFailed(!response?.ok);
    if (response?.ok) downloadBlob(await response.blob(), `${fileName}.xlsx`);
  };
  const png = async () => {
    const svgs = [...(chart.current?.querySelectorAll("svg") ?? [])];
    const area = (s: SVGSVGElement) => s.getBoundingClientRect().width * s.getBoundingClientRect().height;
    const svg = svgs.sort((a, b) => area(b) - area(a))[0];
    if (svg) downloadBlob(await svgToPng(svg), `${fileName}.png`);
  };
  return (
    <figure
      className="chart-frame break-inside-avoid space-y-2 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="chart"
    >
      <figcaption className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="font-semibold">{title}</h3>
          <p className="text-xs text-slate-500">{description}</p>
        </div>
        <div className="no-print flex flex-wrap gap-1">
          <Button variant="ghost" size="sm" onClick={() => setAsTable((v) => !v)} aria-pressed={asTable}>
            {asTable ? text.showChart : text.showTable}
          </Button>
          <Button variant="ghost" size="sm" onClick={png} disabled={asTable}>
            {text.png}
          </Button>
          <Button
            variant="ghost"
            size="sm"
            onClick={() =>
              downloadBlob(
                new Blob([toCsv(table.header, table.rows)], { type: "text/csv;charset=utf-8" }),
                `${fileName}.csv`,
              )
            }
          >
            {text.csv}
          </Button>
          <Button variant="ghost" size="sm" onClick={xlsx}>
            {text.xlsx}
          </Button>
        </div>
      </figcaption>
      {xlsxFailed && (
        <p role="alert" className="text-sm text-red-700">
          {text.xlsxFailed}
        </p>
      )}
      <div
        ref={chart}
        role="img"
        aria-label={`${title}. ${description}`}
        hidden={asTable}
        className={height ? "w-full" : "h-72 w-full"}
        style={height ? { height } : undefined}
      >
        {legend ? (
          <div className="flex h-full flex-col">
            <div className="min-h-0 flex-1">{children}</div>
            <ChartLegend entries={legend} />
          </div>
        ) : (
          children
        )}
      </div>
      {asTable && (
        <Table>
          <thead>
            <tr>
              {table.header.map((h) => (
                <Th key={h}>{h}</Th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.display.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <Td key={j} className={j ? "text-right tabular-nums" : undefined}>
                    {cell}
                  </Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </figure>
  );
}

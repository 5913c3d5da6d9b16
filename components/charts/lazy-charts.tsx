"use client";

import { useEffect, useState, type ComponentType } from "react";

// Recharts is the largest piece of JavaScript in the product: pages load it only when a chart is on
// screen. The chart's code is fetched as the page hydrates and drawn by a plain state update once
// it is there: a lazy() component behind <Suspense> would wait for React's throttle on revealing
// suspended content (300 ms after its placeholder showed) before drawing.

const placeholder = <div className="h-96 animate-pulse rounded-lg bg-slate-200" />;

/** Drawn in the browser only (a chart measures its container), behind the placeholder until loaded. */
function inBrowser<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined; // a retry fetches it again
      throw error;
    }));
  return function ClientOnly(props: P) {
    const [loaded, setLoaded] = useState<{ chart?: ComponentType<P>; error?: unknown }>({});
    // Fetched from the hydrating render on, not from the effect after it: the code arrives sooner.
    if (typeof window !== "undefined") start().catch(() => {});
    useEffect(() => {
      let mounted = true;
      start().then(
        (chart) => mounted && setLoaded({ chart }),
        (error: unknown) => mounted && setLoaded({ error }),
      );
      return () => {
        mounted = false;
      };
    }, []);
    if (loaded.error) throw loaded.error; // the widget's error boundary offers to retry
    const Chart = loaded.chart;
    return Chart ? <Chart {...props} /> : placeholder;
  };
}

export const TrendChart = inBrowser(() => import("./trend-chart").then((m) => m.TrendChart));
export const BreakdownChart = inBrowser(() => import("./breakdown-chart").then((m) => m.BreakdownChart));
export const RankingChart = inBrowser(() => import("./ranking-chart").then((m) => m.RankingChart));

"use client";

import { lazy, Suspense, useSyncExternalStore, type ComponentType } from "react";

// Recharts is the largest piece of JavaScript in the product: pages load it only when a chart is on
// screen. React's own lazy() rather than next/dynamic, whose loader would weigh on every first load.

const placeholder = <div className="h-96 animate-pulse rounded-lg bg-slate-200" />;
const noSubscription = () => () => {};

/** Drawn in the browser only (a chart measures its container), behind the placeholder until loaded. */
function inBrowser<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function ClientOnly(props: P) {
    const hydrated = useSyncExternalStore(
      noSubscription,
      () => true,
      () => false,
    );
    if (!hydrated) return placeholder;
    return (
      <Suspense fallback={placeholder}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const TrendChart = inBrowser(() => import("./trend-chart").then((m) => m.TrendChart));
export const BreakdownChart = inBrowser(() => import("./breakdown-chart").then((m) => m.BreakdownChart));
export const RankingChart = inBrowser(() => import("./ranking-chart").then((m) => m.RankingChart));

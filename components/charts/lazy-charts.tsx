"use client";

import dynamic from "next/dynamic";

// Recharts is the largest piece of JavaScript in the product: pages load it only when a chart is on screen.
const placeholder = () => <div className="h-96 animate-pulse rounded-lg bg-slate-200" />;

export const TrendChart = dynamic(() => import("./trend-chart").then((m) => m.TrendChart), { ssr: false, loading: placeholder });
export const BreakdownChart = dynamic(() => import("./breakdown-chart").then((m) => m.BreakdownChart), { ssr: false, loading: placeholder });
export const RankingChart = dynamic(() => import("./ranking-chart").then((m) => m.RankingChart), { ssr: false, loading: placeholder });

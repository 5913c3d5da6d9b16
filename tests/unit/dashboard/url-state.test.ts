import { describe, expect, it } from "vitest";
import { dashboardQuery, defaultState, parseDashboardState } from "@/lib/dashboard/url-state";

const fields = ["postal", "telecom"];

describe("dashboard URL state", () => {
  it("reads every choice", () => {
    expect(
      parseDashboardState(
        { org: "ha-tinh-stttt", period: "2023-9M", field: "telecom", grain: "ytd", chart: "bar", range: "36" },
        fields,
      ),
    ).toEqual({
      org: "ha-tinh-stttt",
      period: { kind: "nine", year: 2023, index: 1 },
      field: "telecom",
      grain: "ytd",
      chart: "bar",
      range: 36,
    });
  });

  it("falls back to defaults on bad values, never throwing", () => {
    expect(
      parseDashboardState(
        { org: "Bad Org!", period: "2023-Q9", field: "nope", grain: "week", chart: "pie", range: "1000" },
        fields,
      ),
    ).toEqual(defaultState);
    expect(parseDashboardState({}, fields)).toEqual(defaultState);
    expect(parseDashboardState({ period: ["2023-06", "2024-01"], field: ["postal"] }, fields)).toMatchObject({
      period: { kind: "month", index: 6 },
      field: "postal",
    });
  });

  it("writes a shareable query without defaults, round-tripping", () => {
    const state = parseDashboardState({ period: "2024-H1", field: "postal", chart: "bar" }, fields);
    expect(dashboardQuery(state)).toBe("?period=2024-H1&field=postal&chart=bar");
    expect(dashboardQuery(defaultState)).toBe("");
    const query = Object.fromEntries(new URLSearchParams(dashboardQuery(state, { grain: "quarter" })));
    expect(parseDashboardState(query, fields)).toEqual({ ...state, grain: "quarter" });
  });
});

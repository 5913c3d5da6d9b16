import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getAggregate } from "@/app/api/v1/aggregate/route";
import { GET as getSeries } from "@/app/api/v1/series/route";
import { GET as getValues, PUT as putValues } from "@/app/api/v1/values/route";
import { db, disconnectDb } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { apiRequest, tokenFor } from "../support/api";

const org = "tra-vinh-stttt";
const put = (token: string, body: unknown, language?: string) =>
  putValues(apiRequest("/api/v1/values", { token, method: "PUT", body, language }), {});
const get = (handler: typeof getValues, path: string, token: string) => handler(apiRequest(path, { token }), {});

describe("values API", () => {
  let editor: string;
  let office: string;
  let director: string;
  let organisationId: string;

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    [editor, office, director] = await Promise.all([tokenFor("bcvt"), tokenFor("vanphong"), tokenFor("giamdoc")]);
    organisationId = (await db().organisation.findUniqueOrThrow({ where: { code: org }, select: { id: true } })).id;
  });
  afterAll(() => disconnectDb());

  it("reads a month's stored values, exact", async () => {
    const response = await get(getValues, `/api/v1/values?org=${org}&period=2023-06&field=telecom`, director);
    expect(response.status).toBe(200);
    const values = await response.json();
    expect(values.find((v: { indicator: string }) => v.indicator === "tel.fiber_aerial_km")).toMatchObject({
      value: "31888.142",
      period: "2023-06",
      version: 1,
      estimate: false,
    });
  });

  it("saves all or nothing, writes audit rows and bumps versions", async () => {
    const before = await (
      await get(getValues, `/api/v1/values?org=${org}&period=2024-03&field=telecom`, editor)
    ).json();
    const bts = before.find((v: { indicator: string }) => v.indicator === "tel.bts");
    const response = await put(editor, {
      org,
      period: "2024-03",
      values: [{ indicator: "tel.bts", value: Number(bts.value) + 3, version: bts.version, note: "3 trạm mới" }],
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ saved: 1, warnings: [] });
    const audit = await db().valueAudit.findMany({
      where: { organisationId, indicatorCode: "tel.bts", yearMonth: 202403 },
      select: { oldValue: true, newValue: true, note: true, user: { select: { username: true } } },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ note: "3 trạm mới", user: { username: "bcvt" } });
    expect(Number(audit[0].newValue) - Number(audit[0].oldValue)).toBe(3);
  });

  it("refuses one of two concurrent saves of one value with 409, losing nothing", async () => {
    const [current] = await (
      await get(getValues, `/api/v1/values?org=${org}&period=2024-04&field=telecom`, editor)
    )
      .json()
      .then((vs: { indicator: string; version: number; value: string }[]) =>
        vs.filter((v) => v.indicator === "tel.cable_poles"),
      );
    const body = (delta: number) => ({
      org,
      period: "2024-04",
      values: [{ indicator: "tel.cable_poles", value: Number(current.value) + delta, version: current.version }],
    });
    const responses = await Promise.all([put(editor, body(1)), put(office, body(2))]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = responses.find((r) => r.status === 409)!;
    const error = (await refused.json()).error;
    expect(error.code).toBe("conflict");
    expect(error.details[0]).toMatchObject({ indicator: "tel.cable_poles", current: { version: current.version + 1 } });
    const stored = await db().monthValue.findUniqueOrThrow({
      where: {
        organisationId_indicatorCode_yearMonth: { organisationId, indicatorCode: "tel.cable_poles", yearMonth: 202404 },
      },
      select: { value: true, version: true },
    });
    expect(stored.version).toBe(current.version + 1);
    expect([Number(current.value) + 1, Number(current.value) + 2]).toContain(Number(stored.value));
    expect(
      await db().valueAudit.count({ where: { organisationId, indicatorCode: "tel.cable_poles", yearMonth: 202404 } }),
    ).toBe(1);
  });

  it("refuses values that fail the checks with 422 in the caller's language, saving nothing", async () => {
    const body = {
      org,
      period: "2024-05",
      values: [
        { indicator: "post.service_points", value: 10 },
        { indicator: "tel.bts", value: -1 },
      ],
    };
    const vi = await put(editor, body);
    expect(vi.status).toBe(422);
    const details = (await vi.json()).error.details;
    expect(details.map((d: { code: string }) => d.code)).toEqual(
      expect.arrayContaining(["negative", "parts_exceed_total"]),
    );
    expect(details.find((d: { code: string }) => d.code === "negative").message).toContain("không được âm");
    const en = await put(editor, body, "en");
    expect((await en.json()).error.details.find((d: { code: string }) => d.code === "negative").message).toContain(
      "cannot be negative",
    );
    expect(await db().valueAudit.count({ where: { organisationId, yearMonth: 202405 } })).toBe(0);
  });

  it("asks for a note on a jump over 50 %, and accepts it with one", async () => {
    const [current] = await (
      await get(getValues, `/api/v1/values?org=${org}&period=2024-06&field=postal`, editor)
    )
      .json()
      .then((vs: { indicator: string; value: string }[]) => vs.filter((v) => v.indicator === "post.revenue"));
    const jump = { indicator: "post.revenue", value: (Number(current.value) * 3).toFixed(1) };
    const refused = await put(editor, { org, period: "2024-06", values: [jump] });
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.details[0]).toMatchObject({ code: "jump" });
    const saved = await put(editor, { org, period: "2024-06", values: [{ ...jump, note: "Doanh thu dịp lễ" }] });
    expect(saved.status).toBe(200);
    expect((await saved.json()).warnings[0]).toMatchObject({ code: "jump", indicator: "post.revenue" });
  });

  it("refuses editors outside their fields (403) and other organisations (403)", async () => {
    expect(
      (await put(editor, { org, period: "2024-07", values: [{ indicator: "it.edocs_issued", value: 100 }] })).status,
    ).toBe(403);
    expect(
      (await put(director, { org, period: "2024-07", values: [{ indicator: "tel.bts", value: 100 }] })).status,
    ).toBe(403);
    expect((await get(getValues, `/api/v1/values?org=unknown-org&period=2024-07`, editor)).status).toBe(404);
  });

  it("answers 423 for a locked month", async () => {
    await db().monthLock.create({ data: { organisationId, yearMonth: 202408 } });
    const response = await put(office, { org, period: "2024-08", values: [{ indicator: "tel.bts", value: 1300 }] });
    expect(response.status).toBe(423);
    expect((await response.json()).error.message).toBe("Kỳ số liệu đã khóa, không thể thay đổi.");
  });

  it("answers bad input with 400 or 422, never 500", async () => {
    const raw = (body: string) => putValues(apiRequest("/api/v1/values", { token: office, method: "PUT", body }), {});
    expect((await raw("{not json")).status).toBe(400);
    expect((await put(office, { org, period: "2024-13", values: [] })).status).toBe(422);
    expect(
      (await put(office, { org, period: "2024-09", values: [{ indicator: "tel.bts", value: "12,5" }] })).status,
    ).toBe(422);
    expect((await put(office, { org, period: "2024-09", values: [{ indicator: "no.such", value: 1 }] })).status).toBe(
      422,
    );
    expect(
      (await put(office, { org, period: "2024-09", values: [{ indicator: "ps.services_full_rate", value: 57.96 }] }))
        .status,
    ).toBe(422);
    expect((await get(getValues, `/api/v1/values?org=${org}&period=June`, office)).status).toBe(400);
    expect(
      (await get(getAggregate, `/api/v1/aggregate?org=${org}&period=2023-Q5&indicators=tel.bts`, office)).status,
    ).toBe(400);
    expect(
      (await get(getAggregate, `/api/v1/aggregate?org=${org}&period=2023-Q2&indicators=nope`, office)).status,
    ).toBe(422);
    expect(
      (await get(getSeries, `/api/v1/series?org=${org}&indicator=tel.bts&from=2023-01&to=2023-12&grain=week`, office))
        .status,
    ).toBe(400);
  });

  it("aggregates by kind: flows sum, stocks take the last month, ratios are recomputed", async () => {
    const response = await get(
      getAggregate,
      `/api/v1/aggregate?org=${org}&period=2023-Q2&indicators=ps.dossiers_received,tel.fiber_aerial_km,ps.services_full_rate`,
      director,
    );
    expect(response.status).toBe(200);
    const items = await response.json();
    const months = await db().monthValue.findMany({
      where: { organisationId, indicatorCode: "ps.dossiers_received", yearMonth: { in: [202304, 202305, 202306] } },
      select: { value: true },
    });
    expect(items[0]).toMatchObject({
      indicator: "ps.dossiers_received",
      period: "2023-Q2",
      value: months.reduce((s, m) => s + Number(m.value), 0),
      complete: true,
      estimate: false,
    });
    expect(items[1]).toMatchObject({ indicator: "tel.fiber_aerial_km", value: 31888.142 });
    expect(items[2].value.toFixed(2)).toBe("56.89");
  });

  it("gives series by grain, with year-to-date sums", async () => {
    const monthly = await (
      await get(
        getSeries,
        `/api/v1/series?org=${org}&indicator=ps.dossiers_received&from=2023-01&to=2023-06&grain=month`,
        director,
      )
    ).json();
    const ytd = await (
      await get(
        getSeries,
        `/api/v1/series?org=${org}&indicator=ps.dossiers_received&from=2023-01&to=2023-06&grain=ytd`,
        director,
      )
    ).json();
    expect(monthly).toHaveLength(6);
    expect(ytd.at(-1).value).toBe(monthly.reduce((s: number, m: { value: number }) => s + m.value, 0));
    const quarters = await (
      await get(getSeries, `/api/v1/series?org=${org}&indicator=tel.bts&from=2023&to=2023&grain=quarter`, director)
    ).json();
    expect(quarters.map((q: { period: string }) => q.period)).toEqual(["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]);
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getAggregate } from "@/app/api/v1/aggregate/route";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { GET as getSeries } from "@/app/api/v1/series/route";
import { GET as getValues, PUT as putValues } from "@/app/api/v1/values/route";
import { getSessionUserById, type SessionUser } from "@/lib/auth/data";
import { findIndicators } from "@/lib/catalog/data";
import { getTrend } from "@/lib/dashboard/data";
import { db, disconnectDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { parsePeriod } from "@/lib/periods/period";
import { findReportFigures } from "@/lib/reports/figures";
import { seedDatabase } from "@/lib/seed/seed";
import { saveEntryAction, valueHistoryAction } from "@/lib/values/actions";
import { saveMonthValues } from "@/lib/values/mutations";
import { savePeriodValues } from "@/lib/values/period-mutations";
import { lockMonth, unlockMonth } from "@/lib/workflow/mutations";
import { apiRequest, tokenFor } from "../support/api";
import { addQuarterlyIndicators, quarterly, removeQuarterlyIndicators } from "../support/quarterly-indicators";

// Figures of quarters, half years, nine months and years: an indicator reported only by quarter,
// saved like a month's values; and a past report's figures of monthly indicators, which stand in
// for the months a period is missing and give way to them once they are all entered.

// The entry page's actions read the signed-in user from next-auth's session; nothing else is mocked.
const framework = vi.hoisted(() => ({ session: null as { userId: string; sessionVersion: number } | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => framework.session,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const org = "tra-vinh-stttt";
const received = "ps.dossiers_received";
const online = "ps.dossiers_online";

async function user(username: string): Promise<SessionUser> {
  const { id } = await db().user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  return (await getSessionUserById(id))!;
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe("figures of longer periods", () => {
  let office: SessionUser, cntt: SessionUser, admin: SessionUser;
  let organisationId: string;
  let tokens: Record<"cntt" | "bcvt" | "giamdoc", string>;
  const put = (token: string, body: unknown, language?: string) =>
    putValues(apiRequest("/api/v1/values", { token, method: "PUT", body, language }), {});
  const get = async (handler: (request: Request, context: object) => Promise<Response>, path: string) =>
    (await handler(apiRequest(path, { token: tokens.giamdoc }), {})).json();
  const importFigures = (
    period: string,
    values: { indicator: string; value: string; estimate?: boolean; note?: string }[],
    fileName = "BC-2017.docx",
  ) =>
    savePeriodValues({
      actor: office,
      organisationId,
      period: parsePeriod(period)!,
      values,
      locale: "vi",
      source: "import",
      fileName,
    });

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    await addQuarterlyIndicators();
    [office, cntt, admin] = await Promise.all(["vanphong", "cntt", "admin"].map(user));
    organisationId = office.organisationId;
    tokens = { cntt: await tokenFor("cntt"), bcvt: await tokenFor("bcvt"), giamdoc: await tokenFor("giamdoc") };
  });
  afterAll(async () => {
    // The reported figures this file imported (the quarterly indicators' go with them below).
    const imported = { organisationId, period: { in: ["2017-Q1", "2017-9M", "2017-Q4", "2021-Q1", "2021-Q4"] } };
    await db().periodValueAudit.deleteMany({ where: imported });
    await db().periodValue.deleteMany({ where: imported });
    const months = { organisationId, yearMonth: { gte: 202110, lte: 202112 } };
    await db().valueAudit.deleteMany({ where: months });
    await db().monthValue.deleteMany({ where: months });
    await db().monthLock.deleteMany({ where: { organisationId, yearMonth: { in: [202408] } } });
    await db().workflowEvent.deleteMany({ where: { organisationId, yearMonth: { in: [202408] } } });
    await removeQuarterlyIndicators();
    await disconnectDb();
  });

  describe("an indicator reported by quarter", () => {
    it("is in the catalog with its frequency", async () => {
      const catalog = await (await getIndicators(apiRequest("/api/v1/indicators", { token: tokens.cntt }), {})).json();
      expect(catalog.find((i: { code: string }) => i.code === quarterly.total)).toMatchObject({
        frequency: "quarterly",
      });
      expect(catalog.find((i: { code: string }) => i.code === received)).toMatchObject({ frequency: "monthly" });
    });

    it("is saved for its quarter through PUT /api/v1/values, with audit rows, versions and what a save without version replaced", async () => {
      const first = await put(tokens.cntt, {
        org,
        period: "2024-Q3",
        values: [
          { indicator: quarterly.total, value: "120.5" },
          { indicator: quarterly.part, value: 80 },
        ],
      });
      expect(first.status).toBe(200);
      expect(await first.json()).toMatchObject({ saved: 2, warnings: [], overwritten: [] });
      const stored = await get(getValues, `/api/v1/values?org=${org}&period=2024-Q3`);
      expect(stored).toEqual([
        expect.objectContaining({
          indicator: quarterly.total,
          period: "2024-Q3",
          value: "120.5",
          version: 1,
          source: "api",
          fileName: null,
          updatedBy: "cntt",
        }),
        expect.objectContaining({ indicator: quarterly.part, value: "80", version: 1 }),
      ]);
      const audit = await db().periodValueAudit.findMany({
        where: { organisationId, period: "2024-Q3" },
        select: { indicatorCode: true, newValue: true, source: true, user: { select: { username: true } } },
      });
      expect(audit).toHaveLength(2);
      expect(audit.every((a) => a.source === "api" && a.user?.username === "cntt")).toBe(true);

      const second = await put(tokens.cntt, {
        org,
        period: "2024-Q3",
        values: [{ indicator: quarterly.total, value: "121.5", version: 1 }],
      });
      expect(second.status).toBe(200);
      const stale = await put(tokens.cntt, {
        org,
        period: "2024-Q3",
        values: [{ indicator: quarterly.total, value: "122", version: 1 }],
      });
      expect(stale.status).toBe(409);
      expect((await stale.json()).error.details[0]).toMatchObject({
        indicator: quarterly.total,
        current: { value: "121.5", version: 2 },
      });
      const blind = await put(tokens.cntt, {
        org,
        period: "2024-Q3",
        values: [{ indicator: quarterly.total, value: "123" }],
      });
      expect((await blind.json()).overwritten).toEqual([
        { indicator: quarterly.total, previous: "121.5", updatedBy: cntt.displayName },
      ]);
      expect(
        await db().periodValueAudit.count({
          where: { organisationId, period: "2024-Q3", indicatorCode: quarterly.total },
        }),
      ).toBe(3);
    });

    it("refuses what a month's save refuses, saving nothing: parts above their total, decimals, negative figures, another unit's field", async () => {
      const before = await db().periodValueAudit.count({ where: { organisationId } });
      const parts = await put(tokens.cntt, {
        org,
        period: "2024-Q2",
        values: [
          { indicator: quarterly.total, value: 100 },
          { indicator: quarterly.part, value: 130 },
        ],
      });
      expect(parts.status).toBe(422);
      expect((await parts.json()).error.details.map((d: { code: string }) => d.code)).toEqual(["parts_exceed_total"]);
      const decimals = await put(tokens.cntt, {
        org,
        period: "2024-Q2",
        values: [
          { indicator: quarterly.total, value: "100.25" },
          { indicator: quarterly.part, value: -1 },
        ],
      });
      expect((await decimals.json()).error.details.map((d: { code: string }) => d.code).sort()).toEqual([
        "decimals",
        "negative",
      ]);
      expect(
        (await put(tokens.bcvt, { org, period: "2024-Q2", values: [{ indicator: quarterly.total, value: 100 }] }))
          .status,
      ).toBe(403);
      expect(await db().periodValueAudit.count({ where: { organisationId } })).toBe(before);
    });

    it("takes its quarter's code only, and a monthly indicator takes months only", async () => {
      const month = await put(tokens.cntt, {
        org,
        period: "2024-09",
        values: [{ indicator: quarterly.total, value: 100 }],
      });
      expect(month.status).toBe(422);
      expect((await month.json()).error.details[0]).toMatchObject({
        code: "wrong_frequency",
        message:
          '"Doanh thu công nghiệp công nghệ thông tin (báo cáo theo quý)" được báo cáo theo quý: không nhập số liệu cho tháng 9 năm 2024.',
      });
      const monthly = await put(tokens.cntt, {
        org,
        period: "2024-Q3",
        values: [{ indicator: "ict.enterprises", value: 100 }],
      });
      expect((await monthly.json()).error.details[0]).toMatchObject({ code: "wrong_frequency" });
      expect(
        (await put(tokens.cntt, { org, period: "2024-9M", values: [{ indicator: quarterly.total, value: 100 }] }))
          .status,
      ).toBe(422);
    });

    it("asks for a note on a large change against the same quarter last year, in the caller's language", async () => {
      expect(
        (await put(tokens.cntt, { org, period: "2023-Q4", values: [{ indicator: quarterly.total, value: 10 }] }))
          .status,
      ).toBe(200);
      const jump = { org, period: "2024-Q4", values: [{ indicator: quarterly.total, value: 100 }] };
      const vi = await put(tokens.cntt, jump);
      expect(vi.status).toBe(422);
      expect((await vi.json()).error.details[0].message).toContain("tăng 900,0% so với cùng kỳ năm trước (10 → 100)");
      expect((await (await put(tokens.cntt, jump, "en")).json()).error.details[0].message).toContain(
        "against the same period last year",
      );
      const noted = await put(tokens.cntt, { ...jump, values: [{ ...jump.values[0], note: "Thêm doanh nghiệp mới" }] });
      expect(noted.status).toBe(200);
      expect((await noted.json()).warnings[0]).toMatchObject({ code: "jump" });
    });

    it("is locked when any month of its quarter is (423), and open again once that month is unlocked", async () => {
      await lockMonth({ actor: office, yearMonth: 202408 });
      const locked = await put(tokens.cntt, {
        org,
        period: "2024-Q3",
        values: [{ indicator: quarterly.total, value: 130 }],
      });
      expect(locked.status).toBe(423);
      await unlockMonth({ actor: admin, yearMonth: 202408, reason: "kiểm tra" });
      expect(
        (await put(tokens.cntt, { org, period: "2024-Q3", values: [{ indicator: quarterly.total, value: 130 }] }))
          .status,
      ).toBe(200);
    });

    it("is saved by the entry page's action and its history read back", async () => {
      framework.session = { userId: cntt.id, sessionVersion: 0 };
      const current = await db().periodValue.findUniqueOrThrow({
        where: {
          organisationId_indicatorCode_period: { organisationId, indicatorCode: quarterly.total, period: "2024-Q3" },
        },
        select: { version: true },
      });
      const answer = await saveEntryAction({
        org,
        period: "2024-Q3",
        values: [{ indicator: quarterly.total, value: "131", version: current.version, note: "Số liệu chính thức" }],
      });
      expect(answer).toMatchObject({ ok: true, saved: 1 });
      const history = await valueHistoryAction({ org, period: "2024-Q3", indicator: quarterly.total });
      expect(history.ok && history.history[0]).toMatchObject({
        newValue: "131",
        note: "Số liệu chính thức",
        source: "entry",
        user: expect.any(String),
      });
      framework.session = null;
    });
  });

  describe("a past report's figures of monthly indicators", () => {
    it("stand in for a quarter without months (source reported), its ratios recomputed, the file named in the audit", async () => {
      await importFigures("2017-Q1", [
        { indicator: received, value: "30000", estimate: true },
        { indicator: online, value: "9000" },
      ]);
      const items = await get(
        getAggregate,
        `/api/v1/aggregate?org=${org}&period=2017-Q1&indicators=${received},ps.dossiers_online_rate,ps.dossiers_direct`,
      );
      expect(items[0]).toMatchObject({
        indicator: received,
        value: 30000,
        estimate: true,
        complete: true,
        source: "reported",
      });
      expect(items[1]).toMatchObject({ indicator: "ps.dossiers_online_rate", value: 30, source: "reported" });
      expect(items[2]).toMatchObject({
        indicator: "ps.dossiers_direct",
        value: null,
        complete: false,
        source: "months",
      });
      const audit = await db().periodValueAudit.findFirstOrThrow({
        where: { organisationId, period: "2017-Q1", indicatorCode: received },
        select: { source: true, fileName: true },
      });
      expect(audit).toEqual({ source: "import", fileName: "BC-2017.docx" });
    });

    it("build a year from nine months and the fourth quarter; series by quarter and year to date use them, a month never does", async () => {
      await importFigures("2017-9M", [{ indicator: received, value: "90000" }]);
      await importFigures("2017-Q4", [{ indicator: received, value: "35000" }]);
      const [year] = await get(getAggregate, `/api/v1/aggregate?org=${org}&period=2017&indicators=${received}`);
      expect(year).toMatchObject({ value: 125000, source: "reported", complete: true });
      const quarters = await get(
        getSeries,
        `/api/v1/series?org=${org}&indicator=${received}&from=2017-01&to=2017-12&grain=quarter`,
      );
      expect(quarters.map((q: { value: number | null; source: string }) => [q.value, q.source])).toEqual([
        [30000, "reported"],
        [null, "months"],
        [null, "months"],
        [35000, "reported"],
      ]);
      const months = await get(
        getSeries,
        `/api/v1/series?org=${org}&indicator=${received}&from=2017-01&to=2017-03&grain=month`,
      );
      expect(months.map((m: { value: number | null }) => m.value)).toEqual([null, null, null]);
      const ytd = await get(
        getSeries,
        `/api/v1/series?org=${org}&indicator=${received}&from=2017-08&to=2017-09&grain=ytd`,
      );
      expect(ytd.map((m: { value: number | null }) => m.value)).toEqual([null, 90000]);
    });

    it("stand in for a quarter with some months, give way once its months are all entered, and the month that completes it is warned of the difference", async () => {
      for (const [yearMonth, value] of [
        [202110, "10000"],
        [202111, "11000"],
      ] as const)
        await saveMonthValues({
          actor: office,
          organisationId,
          yearMonth,
          values: [{ indicator: received, value }],
          locale: "vi",
        });
      await importFigures("2021-Q4", [{ indicator: received, value: "33000" }], "BC nam 2021.pdf");
      expect(
        (await get(getAggregate, `/api/v1/aggregate?org=${org}&period=2021-Q4&indicators=${received}`))[0],
      ).toMatchObject({ value: 33000, source: "reported", complete: true });

      const december = await put(tokens.giamdoc, {
        org,
        period: "2021-12",
        values: [{ indicator: received, value: 11500 }],
      });
      expect(december.status).toBe(403); // a director reads; the office enters
      const saved = await saveMonthValues({
        actor: office,
        organisationId,
        yearMonth: 202112,
        values: [{ indicator: received, value: "11500" }],
        locale: "vi",
        source: "import",
        fileName: "BC thang 12-2021.docx",
      });
      expect(saved.warnings).toEqual([
        {
          indicator: received,
          code: "differs_from_reported",
          message: '"Hồ sơ tiếp nhận": tổng các tháng của quý IV/2021 là 32.500, báo cáo quý đã nêu 33.000.',
        },
      ]);
      expect(
        (await get(getAggregate, `/api/v1/aggregate?org=${org}&period=2021-Q4&indicators=${received}`))[0],
      ).toMatchObject({ value: 32500, source: "months", complete: true });
      expect(
        await db().valueAudit.findFirstOrThrow({
          where: { organisationId, yearMonth: 202112 },
          select: { source: true, fileName: true },
        }),
      ).toEqual({ source: "import", fileName: "BC thang 12-2021.docx" });
    });

    it("give report drafts and dashboards the same period last year", async () => {
      // report-coverage.test.ts enters 2020's months in the same database: against them this may be a jump, explained.
      await importFigures("2021-Q1", [{ indicator: received, value: "28000", note: "Theo báo cáo quý I/2021" }]);
      const figures = await findReportFigures({ organisationId, period: parsePeriod("2022-Q1")! });
      expect(figures.get(received)).toMatchObject({ lastYear: "28000" });
      const catalog = await findIndicators();
      const trend = await getTrend({
        organisationId,
        indicator: catalog.find((i) => i.code === received)!,
        end: 202203,
        range: 15,
        grain: "quarter",
      });
      expect(trend.find((p) => p.period === "2021-Q1")).toMatchObject({ value: 28000 });
      expect(trend.find((p) => p.period === "2022-Q1")).toMatchObject({ lastYear: 28000 });
    });

    it("are refused for a monthly indicator unless they come from a past report", async () => {
      const error = await refusal(
        savePeriodValues({
          actor: office,
          organisationId,
          period: parsePeriod("2020-Q1")!,
          values: [{ indicator: received, value: "1" }],
          locale: "en",
          source: "entry",
        }),
      );
      expect(error.code).toBe("invalid");
      expect(error.details).toEqual([
        expect.objectContaining({
          code: "wrong_frequency",
          message: '"Dossiers received" is reported monthly: no figure can be entered for Q1 2020.',
        }),
      ]);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as aggregateRoute } from "@/app/api/v1/aggregate/route";
import { POST as submitRoute } from "@/app/api/v1/reports/[id]/submit/route";
import { POST as acceptRoute } from "@/app/api/v1/submissions/[id]/accept/route";
import { POST as returnRoute } from "@/app/api/v1/submissions/[id]/return/route";
import { GET as listRoute } from "@/app/api/v1/submissions/route";
import { getSessionUserById, type SessionUser } from "@/lib/auth/data";
import { db, disconnectDb } from "@/lib/db/client";
import { createReport, setReportStatus } from "@/lib/reports/mutations";
import { seedDatabase } from "@/lib/seed/seed";
import { findChildStandings, findIndicatorAcrossProvinces, getReceivedSubmission } from "@/lib/submissions/data";
import { getMinistryPage } from "@/lib/submissions/ministry-page";
import { isMonthLocked } from "@/lib/workflow/data";
import { apiRequest, tokenFor } from "../support/api";

// Reporting up on PostgreSQL, through the API as another system would: the department sends its
// signed report, the ministry returns it with a reason, the department signs again and resends,
// the ministry accepts and the period's months lock. Nothing unsent is the ministry's to see.

const period = "2024-05";
const pdf = Buffer.from("%PDF-1.4\n% ký số\n");

async function user(username: string): Promise<SessionUser> {
  const { id } = await db().user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  return (await getSessionUserById(id))!;
}

const params = (id: string) => ({ params: Promise.resolve({ id }) });

describe("reporting up to the ministry", () => {
  let office: SessionUser;
  let ministry: SessionUser;
  const tokens = new Map<string, string>();
  let reportId = "";
  const otherReports: string[] = [];

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    office = await user("vanphong");
    ministry = await user("bo.tiepnhan");
    for (const name of ["vanphong", "bo.tiepnhan", "bo", "admin.hatinh"]) tokens.set(name, await tokenFor(name));
    ({ id: reportId } = await createReport({
      actor: office,
      organisationId: office.organisationId,
      kind: "month",
      period,
    }));
  });

  afterAll(async () => {
    await db().submission.deleteMany({ where: { period } });
    await db().report.deleteMany({ where: { id: { in: [reportId, ...otherReports] } } });
    await db().monthLock.deleteMany({ where: { yearMonth: 202405 } });
    await disconnectDb();
  });

  const list = async (username: string) => {
    const response = await listRoute(
      apiRequest(`/api/v1/submissions?period=${period}`, { token: tokens.get(username) }),
      {},
    );
    expect(response.status).toBe(200);
    return (
      (await response.json()) as {
        submissions: { id: string; organisation: string; state: string; onTime: boolean; due: string }[];
      }
    ).submissions;
  };
  const sign = async (number: number) => {
    await setReportStatus({ actor: office, id: reportId, status: "for_signature" });
    await setReportStatus({ actor: office, id: reportId, status: "signed", number, signedOn: "2024-05-14", pdf });
  };

  it("tells the directors a report waits for their signature, and the office that it came back to be corrected", async () => {
    await setReportStatus({ actor: office, id: reportId, status: "for_signature" });
    await setReportStatus({ actor: await user("giamdoc"), id: reportId, status: "draft" });
    const kinds = async (username: string) =>
      (
        await db().notification.findMany({
          where: { user: { username }, link: `/reports/${reportId}` },
          select: { kind: true },
        })
      ).map((n) => n.kind);
    expect(await kinds("giamdoc")).toEqual(["report_for_signature"]);
    expect(await kinds("vanphong")).toEqual(["report_returned"]);
  });

  it("keeps a draft from the ministry: nothing is listed, the province stands as missing, and a draft cannot be sent", async () => {
    expect(await list("bo.tiepnhan")).toEqual([]);
    const standing = (
      await findChildStandings({ actor: ministry, period: { kind: "month", year: 2024, index: 5 } })
    ).find((s) => s.organisation.code === "tra-vinh-stttt")!;
    expect([standing.standing, standing.submission, standing.due.toISOString().slice(0, 10)]).toEqual([
      "missing",
      null,
      "2024-05-15",
    ]);
    expect(standing.organisation.name).toBe("Sở Thông tin và Truyền thông Trà Vinh");
    const response = await submitRoute(
      apiRequest(`/api/v1/reports/${reportId}/submit`, { token: tokens.get("vanphong"), method: "POST" }),
      params(reportId),
    );
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toContain("Chỉ gửi được báo cáo đã ký.");
  });

  it("sends a signed report once, returns it with a reason, takes it again signed anew, accepts it and locks the period", async () => {
    await sign(41);
    const sent = await submitRoute(
      apiRequest(`/api/v1/reports/${reportId}/submit`, { token: tokens.get("vanphong"), method: "POST" }),
      params(reportId),
    );
    expect(sent.status, await sent.clone().text()).toBe(201);
    const { id: first } = (await sent.json()) as { id: string };
    const again = await submitRoute(
      apiRequest(`/api/v1/reports/${reportId}/submit`, { token: tokens.get("vanphong"), method: "POST" }),
      params(reportId),
    );
    expect(again.status).toBe(409);

    // The ministry's staff, its viewer and the department see it; another province does not.
    expect(await list("bo.tiepnhan")).toEqual([
      expect.objectContaining({
        id: first,
        organisation: "tra-vinh-stttt",
        state: "submitted",
        onTime: false,
        due: "2024-05-15",
      }),
    ]);
    expect((await list("bo")).map((s) => s.id)).toEqual([first]);
    expect((await list("vanphong")).map((s) => s.id)).toEqual([first]);
    expect(await list("admin.hatinh")).toEqual([]);
    // Its text as signed and its figures as they stood.
    const received = await getReceivedSubmission({ actor: ministry, id: first });
    expect(received.number).toBe(41);
    expect(Object.keys(received.figures).length).toBeGreaterThan(50);
    expect(received.figures["tel.bts"].value).toMatch(/^\d+$/);

    // A viewer may read but not decide; returning needs a reason.
    expect(
      (
        await acceptRoute(
          apiRequest(`/api/v1/submissions/${first}/accept`, { token: tokens.get("bo"), method: "POST" }),
          params(first),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await returnRoute(
          apiRequest(`/api/v1/submissions/${first}/return`, {
            token: tokens.get("bo.tiepnhan"),
            method: "POST",
            body: { reason: "" },
          }),
          params(first),
        )
      ).status,
    ).toBe(422);
    const returned = await returnRoute(
      apiRequest(`/api/v1/submissions/${first}/return`, {
        token: tokens.get("bo.tiepnhan"),
        method: "POST",
        body: { reason: "Thiếu số liệu thuê bao di động" },
      }),
      params(first),
    );
    expect(returned.status).toBe(200);
    expect((await db().report.findUniqueOrThrow({ where: { id: reportId }, select: { status: true } })).status).toBe(
      "draft",
    );
    expect(
      (
        await acceptRoute(
          apiRequest(`/api/v1/submissions/${first}/accept`, { token: tokens.get("bo.tiepnhan"), method: "POST" }),
          params(first),
        )
      ).status,
    ).toBe(409);

    // Corrected, signed again and sent again; accepted, and the period's month locks.
    await sign(42);
    const resent = await submitRoute(
      apiRequest(`/api/v1/reports/${reportId}/submit`, { token: tokens.get("vanphong"), method: "POST" }),
      params(reportId),
    );
    expect(resent.status).toBe(201);
    const { id: second } = (await resent.json()) as { id: string };
    expect(
      (
        await acceptRoute(
          apiRequest(`/api/v1/submissions/${second}/accept`, { token: tokens.get("bo.tiepnhan"), method: "POST" }),
          params(second),
        )
      ).status,
    ).toBe(200);
    expect((await list("bo.tiepnhan")).map((s) => [s.id, s.state])).toEqual([
      [first, "returned"],
      [second, "accepted"],
    ]);
    const events = await db().submissionEvent.findMany({
      where: { submissionId: { in: [first, second] } },
      orderBy: { at: "asc" },
      select: { action: true, reason: true },
    });
    expect(events.map((e) => e.action)).toEqual(["submit", "return", "submit", "accept"]);
    expect(events[1].reason).toBe("Thiếu số liệu thuê bao di động");
    // Each side heard of each step, once.
    const heard = async (username: string) =>
      (
        await db().notification.findMany({
          where: { user: { username }, key: { contains: first } },
          orderBy: { createdAt: "asc" },
          select: { kind: true, params: true },
        })
      ).map((n) => [n.kind, n.params]);
    expect(await heard("bo.tiepnhan")).toEqual([
      ["submission_received", { organisation: "Sở Khoa học và Công nghệ Vĩnh Long", period }],
    ]);
    expect(await heard("vanphong")).toEqual([
      ["submission_returned", { period, reason: "Thiếu số liệu thuê bao di động" }],
    ]);
    expect(
      await db().notification.count({ where: { user: { username: "giamdoc" }, key: `submission_accepted:${second}` } }),
    ).toBe(1);
    expect(await isMonthLocked({ organisationId: office.organisationId, yearMonth: 202405 })).toBe(true);
    const standing = (
      await findChildStandings({ actor: ministry, period: { kind: "month", year: 2024, index: 5 } })
    ).find((s) => s.organisation.code === "tra-vinh-stttt")!;
    expect(standing.standing).toBe("accepted");
  });

  it("adds up the accepted reports into national figures, a ratio recomputed from the summed parts", async () => {
    // Hà Tĩnh's report of the same month, sent and accepted too.
    const hatinh = await user("admin.hatinh");
    const { id } = await createReport({ actor: hatinh, organisationId: hatinh.organisationId, kind: "month", period });
    otherReports.push(id);
    await setReportStatus({ actor: hatinh, id, status: "for_signature" });
    await setReportStatus({ actor: hatinh, id, status: "signed", number: 7, signedOn: "2024-05-14", pdf });
    const sent = (await (
      await submitRoute(
        apiRequest(`/api/v1/reports/${id}/submit`, { token: tokens.get("admin.hatinh"), method: "POST" }),
        params(id),
      )
    ).json()) as { id: string };
    expect(
      (
        await acceptRoute(
          apiRequest(`/api/v1/submissions/${sent.id}/accept`, { token: tokens.get("bo.tiepnhan"), method: "POST" }),
          params(sent.id),
        )
      ).status,
    ).toBe(200);

    const codes = ["ps.dossiers_received", "ps.dossiers_online", "ps.dossiers_online_rate", "tel.bts"];
    const response = await aggregateRoute(
      apiRequest(`/api/v1/aggregate?org=bo-khcn&period=${period}&indicators=${codes.join(",")}`, {
        token: tokens.get("bo"),
      }),
      {},
    );
    expect(response.status).toBe(200);
    const national = new Map(
      ((await response.json()) as { indicator: string; value: string | null; provinces: number }[]).map((f) => [
        f.indicator,
        f,
      ]),
    );
    const frozen = await db().submission.findMany({
      where: { parentId: ministry.organisationId, period, state: "accepted" },
      select: { figures: true },
    });
    const of = (code: string) =>
      frozen.map((s) => Number((s.figures as Record<string, { value: string }>)[code].value));
    const [received, online] = [of("ps.dossiers_received"), of("ps.dossiers_online")];
    expect(national.get("ps.dossiers_received")).toEqual({
      indicator: "ps.dossiers_received",
      period,
      value: String(received[0] + received[1]),
      provinces: 2,
      source: "submissions",
    });
    expect(national.get("tel.bts")?.value).toBe(String(of("tel.bts")[0] + of("tel.bts")[1]));
    const rate = Number(national.get("ps.dossiers_online_rate")!.value);
    expect(rate).toBeCloseTo(((online[0] + online[1]) / (received[0] + received[1])) * 100, 2);
    // Not the mean of the provinces' ratios (they differ, the demo's provinces being scaled apart).
    expect(Math.abs(rate - ((online[0] / received[0] + online[1] / received[1]) / 2) * 100)).toBeGreaterThan(0);
    // The provinces ranked on the indicator (each ratio from its own parts), and the year's national trend.
    const across = (await findIndicatorAcrossProvinces({
      actor: ministry,
      period: { kind: "month", year: 2024, index: 5 },
      code: "ps.dossiers_online_rate",
    }))!;
    expect(across.ranking.map((r) => Number(r.value)).sort()).toEqual(
      [0, 1].map((i) => Math.round((online[i] / received[i]) * 10000) / 100).sort(),
    );
    expect(across.trend.map((p) => [p.period, p.provinces])).toEqual([
      ["2024-01", 0],
      ["2024-02", 0],
      ["2024-03", 0],
      ["2024-04", 0],
      ["2024-05", 2],
    ]);
    expect(Number(across.trend[4].value)).toBe(rate);
    // The ministry's page: the period asked, the reports counted as its Excel export counts them,
    // and the first national figure across the provinces unless another indicator is asked.
    const page = await getMinistryPage(ministry, { period });
    expect(page.counts).toEqual({ total: page.standings.length, sent: 2, accepted: 2 });
    expect(page.across?.indicator.code).toBe(page.national.figures[0].indicator);
    const asked = await getMinistryPage(ministry, { period, indicator: "ps.dossiers_online_rate" });
    expect(asked.across?.ranking).toEqual(across.ranking);
    // A department cannot read the ministry's figures.
    expect(
      (
        await aggregateRoute(
          apiRequest(`/api/v1/aggregate?org=bo-khcn&period=${period}&indicators=tel.bts`, {
            token: tokens.get("vanphong"),
          }),
          {},
        )
      ).status,
    ).toBe(403);
  });
});

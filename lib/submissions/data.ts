import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { findIndicators } from "@/lib/catalog/data";
import { catalogOfPeriod } from "@/lib/catalog/dated";
import { db } from "@/lib/db/client";
import { displayNamesAt } from "@/lib/org/data";
import { reportDaysOf, reportDaysSelect } from "@/lib/deadlines/data";
import { endOfDueDay, reportDue } from "@/lib/deadlines/rule";
import { AppError } from "@/lib/errors";
import { formatPeriodCode, lastDayOfMonth, periodRange, periodsPerYear, type Period } from "@/lib/periods/period";
import type { ReportContent } from "@/lib/reports/types";
import { nationalFigures } from "./national";
import type { FrozenFigure } from "./types";

// Submissions as each side reads them: a department its own, the parent (the ministry) those of
// the organisations under it, never anything a department has not sent.

/** Where a department stands for a period in the parent's eyes. */
export type SubmissionStanding = "accepted" | "returned" | "onTime" | "late" | "missing" | "due";

export const onTime = (submission: { submittedAt: Date; due: Date }) =>
  submission.submittedAt.getTime() < endOfDueDay(submission.due).getTime();

/** A submission's standing, or a department's without one (missing once its due day is over). */
export function standingOf(
  submission: { state: string; submittedAt: Date; due: Date } | null,
  due: Date,
  today: Date,
): SubmissionStanding {
  if (!submission) return today.getTime() >= endOfDueDay(due).getTime() ? "missing" : "due";
  if (submission.state === "accepted") return "accepted";
  if (submission.state === "returned") return "returned";
  return onTime(submission) ? "onTime" : "late";
}

const submissionSelect = {
  id: true,
  organisationId: true,
  kind: true,
  period: true,
  due: true,
  submittedAt: true,
  state: true,
  reason: true,
  decidedAt: true,
  number: true,
  signedOn: true,
} as const;

/** Whether organisations report to this one (the ministry's view is its users'; theirs, `SessionUser.receivesSubmissions`). */
export async function receivesSubmissions(organisationId: string): Promise<boolean> {
  return (await db().organisation.count({ where: { parentId: organisationId } })) > 0;
}

/** The latest submission of each organisation under the user's for a period, and where each stands. */
export async function findChildStandings({
  actor,
  period,
  today = new Date(),
}: {
  actor: SessionUser;
  period: Period;
  today?: Date;
}) {
  const code = formatPeriodCode(period);
  const children = await db().organisation.findMany({
    where: { parentId: actor.organisationId },
    select: { id: true, code: true, ...reportDaysSelect },
  });
  const [submissions, names] = await Promise.all([
    db().submission.findMany({
      where: { parentId: actor.organisationId, period: code, kind: period.kind },
      orderBy: { submittedAt: "desc" },
      select: submissionSelect,
    }),
    displayNamesAt(
      children.map((c) => c.id),
      lastDayOfMonth(periodRange(period)[1]),
    ),
  ]);
  return children
    .map(({ id, code: orgCode, ...days }) => {
      const latest = submissions.find((s) => s.organisationId === id) ?? null;
      const due = latest?.due ?? reportDue(period, reportDaysOf(days));
      return {
        organisation: { id, code: orgCode, name: names.get(id) ?? orgCode },
        due,
        submission: latest,
        standing: standingOf(latest, due, today),
      };
    })
    .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, "vi"));
}

/** A department's submissions of a report, newest first, with their events. */
export async function findReportSubmissions({ actor, reportId }: { actor: SessionUser; reportId: string }) {
  return db().submission.findMany({
    where: { reportId, organisationId: actor.organisationId },
    orderBy: { submittedAt: "desc" },
    select: {
      ...submissionSelect,
      events: {
        orderBy: { at: "asc" },
        select: { action: true, reason: true, at: true, user: { select: { displayName: true } } },
      },
    },
  });
}

/** A submission as its parent reads it: the signed text and frozen figures, 404 for anyone else's. */
export async function getReceivedSubmission({ actor, id }: { actor: SessionUser; id: string }) {
  const submission = await db().submission.findFirst({
    where: { id, parentId: actor.organisationId },
    select: {
      ...submissionSelect,
      content: true,
      figures: true,
      events: {
        orderBy: { at: "asc" },
        select: { action: true, reason: true, at: true, user: { select: { displayName: true } } },
      },
    },
  });
  if (!submission) throw new AppError("notFound");
  const name =
    (await displayNamesAt([submission.organisationId], submission.signedOn ?? submission.submittedAt)).get(
      submission.organisationId,
    ) ?? "";
  return {
    ...submission,
    organisationName: name,
    content: submission.content as unknown as ReportContent,
    figures: submission.figures as unknown as Record<string, FrozenFigure>,
  };
}

/** Submissions for a period as the API lists them: a parent's of every organisation under it, a department's of its own. */
export async function listSubmissions({ actor, period }: { actor: SessionUser; period: Period }) {
  const code = formatPeriodCode(period);
  const rows = await db().submission.findMany({
    where: {
      period: code,
      kind: period.kind,
      OR: [{ parentId: actor.organisationId }, { organisationId: actor.organisationId }],
    },
    orderBy: { submittedAt: "asc" },
    select: { ...submissionSelect, organisation: { select: { code: true } } },
  });
  return rows.map((s) => ({
    id: s.id,
    organisation: s.organisation.code,
    kind: s.kind,
    period: s.period,
    due: s.due.toISOString().slice(0, 10),
    submittedAt: s.submittedAt.toISOString(),
    state: s.state,
    onTime: onTime(s),
    reason: s.reason,
  }));
}

/** The organisation the user's reports go up to, named as today, or null at the top of the tree. */
export async function findParentOf({
  organisationId,
}: {
  organisationId: string;
}): Promise<{ id: string; name: string } | null> {
  const { parentId } = await db().organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { parentId: true },
  });
  if (!parentId) return null;
  return { id: parentId, name: (await displayNamesAt([parentId], new Date())).get(parentId) ?? "" };
}

/**
 * Over a year, for the periods of a kind already due: the share of expected reports sent and not
 * returned (completeness), and the share sent on time, as DHIS2 counts reporting rates.
 */
export async function findYearRates({
  actor,
  kind,
  year,
  today = new Date(),
}: {
  actor: SessionUser;
  kind: Period["kind"];
  year: number;
  today?: Date;
}) {
  const children = await db().organisation.findMany({
    where: { parentId: actor.organisationId },
    select: { id: true, ...reportDaysSelect },
  });
  const periods = Array.from({ length: periodsPerYear[kind] }, (_, i) => ({ kind, year, index: i + 1 }) as Period);
  const submissions = await db().submission.findMany({
    where: { parentId: actor.organisationId, kind, period: { in: periods.map(formatPeriodCode) } },
    orderBy: { submittedAt: "asc" },
    select: { organisationId: true, period: true, state: true, submittedAt: true, due: true },
  });
  let expected = 0;
  let complete = 0;
  let timely = 0;
  for (const period of periods) {
    const code = formatPeriodCode(period);
    for (const child of children) {
      const due = reportDue(period, reportDaysOf(child));
      if (today.getTime() < endOfDueDay(due).getTime()) continue;
      expected++;
      const sent = submissions.filter((s) => s.organisationId === child.id && s.period === code);
      if (sent.some((s) => s.state !== "returned")) complete++;
      if (sent[0] && onTime(sent[0])) timely++;
    }
  }
  return { expected, completeness: expected ? complete / expected : null, onTime: expected ? timely / expected : null };
}

/** The national figures of a period from the accepted submissions of the organisations under the user's, or under `parentId` (nationalFigures). */
export async function findNationalFigures({
  actor,
  period,
  parentId = actor.organisationId,
}: {
  actor: SessionUser;
  period: Period;
  parentId?: string;
}) {
  const accepted = await db().submission.findMany({
    where: { parentId, period: formatPeriodCode(period), kind: period.kind, state: "accepted" },
    orderBy: { submittedAt: "desc" },
    select: { organisationId: true, figures: true },
  });
  const latest = [
    ...new Map(accepted.map((s) => [s.organisationId, s.figures as unknown as Record<string, FrozenFigure>])).values(),
  ];
  const catalog = catalogOfPeriod(await findIndicators(), period);
  return { figures: nationalFigures(catalog, latest), accepted: latest.length };
}

/** Everything the ministry's page and its Excel export show of a period. */
export async function getMinistryView({
  actor,
  period,
  today = new Date(),
}: {
  actor: SessionUser;
  period: Period;
  today?: Date;
}) {
  if (!actor.receivesSubmissions) throw new AppError("notFound");
  const [standings, rates, national, catalog] = await Promise.all([
    findChildStandings({ actor, period, today }),
    findYearRates({ actor, kind: period.kind, year: period.year, today }),
    findNationalFigures({ actor, period }),
    findIndicators(),
  ]);
  const counts = {
    total: standings.length,
    sent: standings.filter((s) => s.submission && s.standing !== "returned").length,
    accepted: standings.filter((s) => s.standing === "accepted").length,
  };
  return { standings, counts, rates, national, indicators: new Map(catalog.map((i) => [i.code, i])) };
}

/**
 * One indicator across the departments under the user's: each one's figure of its accepted
 * submission (a ratio from its own parts), ranked by the page, and the national figure of each
 * period of the kind in the year up to the one given, for the trend.
 */
export async function findIndicatorAcrossProvinces({
  actor,
  period,
  code,
}: {
  actor: SessionUser;
  period: Period;
  code: string;
}) {
  const catalog = catalogOfPeriod(await findIndicators(), period);
  const indicator = catalog.find((i) => i.code === code);
  if (!indicator) return null;
  const accepted = await db().submission.findMany({
    where: {
      parentId: actor.organisationId,
      kind: period.kind,
      period: { startsWith: String(period.year) },
      state: "accepted",
    },
    orderBy: { submittedAt: "desc" },
    select: { organisationId: true, period: true, figures: true },
  });
  const latest = (code: string) => [
    ...new Map(accepted.filter((s) => s.period === code).map((s) => [s.organisationId, s])).values(),
  ];
  const valueOf = (figures: Record<string, FrozenFigure>[]) =>
    nationalFigures(
      [indicator, ...catalog.filter((i) => i.code === indicator.numerator || i.code === indicator.denominator)],
      figures,
    ).find((f) => f.indicator === code)?.value ?? null;
  const here = latest(formatPeriodCode(period));
  const names = await displayNamesAt(
    here.map((s) => s.organisationId),
    lastDayOfMonth(periodRange(period)[1]),
  );
  const ranking = here.map((s) => ({
    name: names.get(s.organisationId) ?? "",
    value: valueOf([s.figures as unknown as Record<string, FrozenFigure>]),
  }));
  const periods = Array.from({ length: period.index }, (_, i) => ({ ...period, index: i + 1 }));
  const trend = periods.map((p) => {
    const figures = latest(formatPeriodCode(p)).map((s) => s.figures as unknown as Record<string, FrozenFigure>);
    return { period: formatPeriodCode(p), value: figures.length ? valueOf(figures) : null, provinces: figures.length };
  });
  return { indicator, ranking, trend };
}

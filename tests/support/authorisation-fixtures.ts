import { getSessionUserById, type SessionUser } from "@/lib/auth/data";
import { db } from "@/lib/db/client";
import { createReport } from "@/lib/reports/mutations";
import { seedDatabase } from "@/lib/seed/seed";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashToken } from "@/lib/tokens/token";
import { saveMonthValues } from "@/lib/values/mutations";
import { tokenFor } from "./api";

/** A 1×1 white PNG. */
const tinyPng = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAWk1v8QAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

// The callers of the authorisation table and the records its probes act on. Probes write only to
// records made here or to a month, a year and a kind the demo leaves empty (2021-07, 2021, the
// nine-month templates), and `undoProbes` puts everything back after each call, so the demo data
// that other test files share is as the seed left it.

export const columns = [
  "admin",
  "compiler",
  "director",
  "editor",
  "otherEditor",
  "viewer",
  "ministryViewer",
  "otherOrganisation",
  "signedOut",
] as const;
export type Column = (typeof columns)[number];

const usernames: Record<Column, string | null> = {
  admin: "admin",
  compiler: "vanphong",
  director: "giamdoc",
  editor: "bcvt", // Phòng Bưu chính - Viễn thông: the probes' field (postal) is theirs
  otherEditor: "cntt", // Phòng Công nghệ thông tin
  viewer: "test.authz.viewer", // made here: the demo's own viewer sits at the ministry
  ministryViewer: "bo", // at the ministry both demo provinces report to
  otherOrganisation: "admin.hatinh", // the administrator of the second province
  signedOut: null,
};

export interface Actor {
  column: Column;
  /** Null when signed out. */
  user: SessionUser | null;
  sessionVersion: number;
  token?: string;
}

export const org = "tra-vinh-stttt";
export const month = "2021-07";
export const yearMonth = 202107;
/** What the probes set as a user's e-mail and an organisation's mail server. */
export const probeEmail = "authz.probe@example.invalid";
export const probeSmtpHost = "smtp.authz.invalid";
export const year = 2021;
/** A stored indicator of the postal field. */
export const indicator = "post.enterprises";
export const templateKind = "nine";
/** The text of the activities and the name of the tokens the probes make. */
export const marker = "authorisation-table probe";
export const testUnitCode = "AUTHZ";

export interface Fixtures {
  actors: Actor[];
  organisationId: string;
  /** Phòng Bưu chính - Viễn thông, the unit of the postal field. */
  postalUnitId: string;
  testUnitId: string;
  viewerId: string;
  draftReportId: string;
  signedReportId: string;
  /** When the fixtures were made: what probes change after it is theirs. */
  startedAt: Date;
  /** A report of 2021-05 sent to the ministry and awaiting its decision, for the accept and return probes. */
  submissionId: string;
  /** A notification of the organisation's administrator. */
  notificationId: string;
  dueDays: {
    id: string;
    dueDay: number;
    monthReportDay: number;
    quarterReportDay: number;
    halfReportDay: number;
    nineReportDay: number;
    yearReportDay: number;
  }[];
  sections: Awaited<ReturnType<typeof findTemplateSections>>;
  /** A past report read for review (2021-07): its post.enterprises candidate and an unmatched number. */
  importId: string;
}

/** The text of the fixture's past report; the reading the probes review is written by hand. */
export const importText = `${marker}: 14 doanh nghiệp bưu chính, 7 điểm.`;
const number = (printed: string) => ({
  start: importText.indexOf(printed),
  end: importText.indexOf(printed) + printed.length,
});
export const importCandidateKey = `${indicator}@${number("14").start}`;
export const importUnmatchedStart = number("7").start;
const importReading = {
  candidates: [
    {
      key: importCandidateKey,
      indicator,
      value: "14",
      approximate: false,
      estimate: false,
      sentence: importText,
      ...number("14"),
      best: true,
      score: 1,
      source: "name",
    },
  ],
  unmatched: [
    {
      number: "7",
      value: "7",
      percent: false,
      scale: 0,
      money: false,
      approximate: false,
      estimate: false,
      sentence: importText,
      ...number("7"),
    },
  ],
};
const importRecord = {
  kind: "month",
  period: month,
  result: importReading as Prisma.InputJsonValue,
  reviews: {},
  appliedAt: null,
  appliedById: null,
};

function findTemplateSections() {
  return db().reportSection.findMany({
    where: { kind: templateKind },
    select: {
      organisationId: true,
      kind: true,
      key: true,
      heading: true,
      fields: true,
      sentences: true,
      sortOrder: true,
    },
  });
}

async function actorOf(column: Column): Promise<Actor> {
  const username = usernames[column];
  if (!username) return { column, user: null, sessionVersion: 0 };
  const { id, sessionVersion } = await db().user.findUniqueOrThrow({
    where: { username },
    select: { id: true, sessionVersion: true },
  });
  return {
    column,
    user: await getSessionUserById(id, sessionVersion),
    sessionVersion,
    token: await tokenFor(username),
  };
}

export async function createFixtures(): Promise<Fixtures> {
  await seedDatabase({ demo: true });
  const startedAt = new Date();
  const organisation = await db().organisation.findUniqueOrThrow({ where: { code: org }, select: { id: true } });
  const organisationId = organisation.id;
  // Never signs in: the session is given by the test.
  const viewer = await db().user.create({
    data: {
      organisationId,
      username: usernames.viewer!,
      displayName: "Người xem (thử phân quyền)",
      passwordHash: "!",
      role: "viewer",
    },
    select: { id: true },
  });
  const testUnit = await db().unit.create({
    data: { organisationId, code: testUnitCode, name: "Đơn vị thử phân quyền" },
    select: { id: true },
  });
  const postalUnit = await db().unit.findFirstOrThrow({
    where: { organisationId, fields: { some: { fieldCode: "postal" } } },
    select: { id: true },
  });
  const actors = await Promise.all(columns.map(actorOf));
  const admin = actors[0].user!;
  // A value with a history, for the history action.
  await saveMonthValues({
    actor: admin,
    organisationId,
    yearMonth,
    values: [{ indicator, value: "14" }],
    locale: "vi",
    source: "test",
  });
  const draft = await createReport({ actor: admin, organisationId, kind: "month", period: "2021-06" });
  const signed = await createReport({ actor: admin, organisationId, kind: "month", period: "2021-06" });
  await db().report.update({
    where: { id: signed.id },
    data: {
      status: "signed",
      number: 1,
      signedOn: new Date("2021-07-05T00:00:00Z"),
      signedPdf: new Uint8Array(Buffer.from("%PDF-1.4 test")),
    },
    select: { id: true },
  });
  const { parentId } = await db().organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { parentId: true },
  });
  const sent = await db().submission.create({
    data: {
      organisationId,
      parentId: parentId!,
      kind: "month",
      period: "2021-05",
      due: new Date("2021-05-15T00:00:00Z"),
      content: {},
      figures: {},
    },
    select: { id: true },
  });
  return {
    actors,
    organisationId,
    postalUnitId: postalUnit.id,
    testUnitId: testUnit.id,
    viewerId: viewer.id,
    draftReportId: draft.id,
    signedReportId: signed.id,
    startedAt,
    submissionId: sent.id,
    notificationId: (
      await db().notification.create({
        data: {
          userId: admin.id,
          kind: "month_locked",
          params: { month: "2021-07" },
          link: "/entry?month=2021-07",
          key: `${marker}:notification`,
        },
        select: { id: true },
      })
    ).id,
    dueDays: await db().organisation.findMany({
      select: {
        id: true,
        dueDay: true,
        monthReportDay: true,
        quarterReportDay: true,
        halfReportDay: true,
        nineReportDay: true,
        yearReportDay: true,
      },
    }),
    sections: await findTemplateSections(),
    importId: (
      await db().import.create({
        // A scan's page with its image, for the page-image route.
        data: {
          organisationId,
          text: importText,
          fileName: "bao-cao.txt",
          ...importRecord,
          pages: { create: [{ number: 1, text: importText, image: Buffer.from(tinyPng), imageType: "image/png" }] },
        },
        select: { id: true },
      })
    ).id,
  };
}

/** What a probe's allowed call changed, in any organisation, undone. */
export async function undoProbes(fixtures: Fixtures): Promise<void> {
  const month = { yearMonth };
  await db().$transaction([
    db().monthLock.deleteMany({ where: month }),
    db().monthSubmission.deleteMany({ where: month }),
    db().workflowEvent.deleteMany({ where: month }),
    db().activity.deleteMany({ where: { text: marker } }),
    db().report.deleteMany({ where: { period: "2021-07" } }),
    db().yearTarget.deleteMany({ where: { year, indicatorCode: indicator } }),
    db().apiToken.deleteMany({ where: { name: marker } }),
    db().organisationProfile.deleteMany({ where: { effectiveFrom: new Date("2000-01-01T00:00:00Z") } }),
    db().unit.deleteMany({ where: { code: testUnitCode, NOT: { id: fixtures.testUnitId } } }),
    db().reportSection.deleteMany({ where: { kind: templateKind } }),
    db().reportSection.createMany({ data: fixtures.sections }),
    db().import.deleteMany({ where: { text: { startsWith: marker }, NOT: { id: fixtures.importId } } }),
    db().import.updateMany({ where: { id: fixtures.importId }, data: importRecord }),
    db().organisationAlias.deleteMany({ where: { organisationId: fixtures.organisationId } }),
    ...fixtures.dueDays.map(({ id, ...days }) =>
      db().organisation.update({ where: { id }, data: days, select: { id: true } }),
    ),
    // Sending the signed report, and accepting (months locked) or returning (report reopened) the fixture's submission.
    db().submission.deleteMany({
      where: { organisationId: fixtures.organisationId, NOT: { id: fixtures.submissionId } },
    }),
    db().submissionEvent.deleteMany({ where: { submissionId: fixtures.submissionId } }),
    db().submission.update({
      where: { id: fixtures.submissionId },
      data: { state: "submitted", decidedAt: null, decidedById: null, reason: null },
      select: { id: true },
    }),
    db().monthLock.deleteMany({ where: { organisationId: fixtures.organisationId, yearMonth: 202105 } }),
    db().report.update({ where: { id: fixtures.signedReportId }, data: { status: "signed" }, select: { id: true } }),
    // Notifications the probes made, read or set up: as before.
    db().notification.deleteMany({
      where: { NOT: { id: fixtures.notificationId }, createdAt: { gte: fixtures.startedAt } },
    }),
    db().notification.updateMany({ where: { readAt: { gte: fixtures.startedAt } }, data: { readAt: null } }),
    db().user.updateMany({ where: { email: probeEmail }, data: { email: null, emailNotifications: true } }),
    db().organisation.updateMany({
      where: { smtpHost: probeSmtpHost },
      data: { smtpHost: null, smtpUser: null, smtpPassword: null, smtpFrom: null, smtpPort: 587, smtpSecure: false },
    }),
  ]);
}

export async function removeFixtures(fixtures: Fixtures): Promise<void> {
  await undoProbes(fixtures);
  await db().$transaction([
    db().monthValue.deleteMany({ where: { yearMonth } }),
    db().valueAudit.deleteMany({ where: { yearMonth } }),
    db().report.deleteMany({ where: { id: { in: [fixtures.draftReportId, fixtures.signedReportId] } } }),
    db().submission.deleteMany({ where: { id: fixtures.submissionId } }),
    db().notification.deleteMany({ where: { id: fixtures.notificationId } }),
    db().import.deleteMany({ where: { id: fixtures.importId } }),
    db().unit.deleteMany({ where: { id: fixtures.testUnitId } }),
    db().user.deleteMany({ where: { id: fixtures.viewerId } }),
    db().apiToken.deleteMany({
      where: { tokenHash: { in: fixtures.actors.flatMap((a) => (a.token ? [hashToken(a.token)] : [])) } },
    }),
  ]);
}

import { readFileSync } from "node:fs";
import { Document, Packer, Paragraph } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getAggregate } from "@/app/api/v1/aggregate/route";
import { POST as applyRoute } from "@/app/api/v1/imports/[id]/apply/route";
import { GET as getImport } from "@/app/api/v1/imports/[id]/route";
import { POST as createRoute } from "@/app/api/v1/imports/route";
import { db, disconnectDb } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { apiRequest, tokenFor } from "../support/api";

// POST /api/v1/imports reads a past report (seed 003: the first quarter of 2019 of the demo's
// department) into candidates; apply stores the accepted ones all or nothing. The demo has months
// from 2022 only, so its years before 2022 are empty where this file writes (2015, 2016), and the test empties them again after.

const org = "tra-vinh-stttt";
const seed = readFileSync("tests/fixtures/seeds/003_047a4ae5ab10d50a.txt", "utf8");
const month = { period: "2016-05", yearMonth: 201605 };
// A month whose figure jumps against the month before (stored by the test).
const jumpMonth = { period: "2016-09", yearMonth: 201609, before: 201608 };
// The quarters this file applies (seed 003 is 2019-Q1, which other files enter as months).
const quarter = "2016-Q1";
const twiceQuarter = "2015-Q1";

interface Candidate {
  key: string;
  indicator: string;
  value: string;
  approximate: boolean;
  estimate: boolean;
  sentence: string;
  start: number;
  end: number;
  review: { state: string };
}
interface Reading {
  id: string;
  org: string;
  kind: string | null;
  period: string | null;
  candidates: Candidate[];
  unmatched: { number: string; sentence: string }[];
}

const context = (id: string) => ({ params: Promise.resolve({ id }) });
const create = (token: string, body: unknown) =>
  createRoute(apiRequest("/api/v1/imports", { token, method: "POST", body }), {});
const read = (token: string, id: string) => getImport(apiRequest(`/api/v1/imports/${id}`, { token }), context(id));
const apply = (token: string, id: string, items: unknown[], language?: string) =>
  applyRoute(
    apiRequest(`/api/v1/imports/${id}/apply`, { token, method: "POST", body: { items }, language }),
    context(id),
  );
const proposed = (reading: Reading) =>
  reading.candidates
    .filter((c) => c.review.state === "proposed")
    .map(({ key, indicator, value, estimate }) => ({ key, indicator, value, estimate }));

function multipart(token: string, file: File, fields: Record<string, string> = {}): Request {
  const form = new FormData();
  form.set("file", file);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return new Request("http://localhost/api/v1/imports", {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
}

async function docxOf(text: string): Promise<Buffer> {
  const document = new Document({ sections: [{ children: text.split("\n").map((line) => new Paragraph(line)) }] });
  return Packer.toBuffer(document);
}

describe("/api/v1/imports: past reports read into figures, reviewed, applied", () => {
  let compiler: string;
  let organisationId: string;

  async function clean() {
    await db().$transaction([
      db().periodValue.deleteMany({ where: { organisationId, period: { in: [quarter, twiceQuarter] } } }),
      db().periodValueAudit.deleteMany({ where: { organisationId, period: { in: [quarter, twiceQuarter] } } }),
      db().monthValue.deleteMany({
        where: { organisationId, yearMonth: { in: [month.yearMonth, jumpMonth.yearMonth, jumpMonth.before] } },
      }),
      db().valueAudit.deleteMany({
        where: { organisationId, yearMonth: { in: [month.yearMonth, jumpMonth.yearMonth, jumpMonth.before] } },
      }),
      db().monthLock.deleteMany({ where: { organisationId, yearMonth: month.yearMonth } }),
      db().import.deleteMany({ where: { organisationId } }),
      db().organisationAlias.deleteMany({ where: { organisationId } }),
    ]);
  }

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    compiler = await tokenFor("vanphong");
    organisationId = (await db().organisation.findUniqueOrThrow({ where: { code: org }, select: { id: true } })).id;
    await clean();
  });
  afterAll(async () => {
    await clean();
    await disconnectDb();
  });

  it("reads seed 003 as JSON text: 201, a quarter report of 2019-Q1 with candidates, and stores no figure", async () => {
    const response = await create(compiler, { org, text: seed });
    expect(response.status).toBe(201);
    const reading = (await response.json()) as Reading;
    expect(reading).toMatchObject({ org, kind: "quarter", period: "2019-Q1" });
    expect(reading.candidates.length).toBeGreaterThan(5);
    const first = reading.candidates[0];
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining(["key", "indicator", "value", "approximate", "estimate", "sentence", "start", "end"]),
    );
    expect(seed.slice(first.start, first.end)).toMatch(/\d/);
    expect(reading.unmatched.every((u) => typeof u.number === "string" && typeof u.sentence === "string")).toBe(true);
    expect(await db().periodValue.count({ where: { organisationId, period: "2019-Q1" } })).toBe(0);

    const again = await read(compiler, reading.id);
    expect(again.status).toBe(200);
    const shown = (await again.json()) as Reading;
    expect(shown.candidates.map((c) => c.key)).toEqual(reading.candidates.map((c) => c.key));
    // Approximate figures ("trên 50 văn bản") are not proposed.
    expect(shown.candidates.filter((c) => c.approximate).every((c) => c.review.state === "pending")).toBe(true);
    expect(shown.candidates.some((c) => c.review.state === "proposed")).toBe(true);
  });

  it("reads a multipart .txt and .docx the same, and refuses other files, other roles and other organisations", async () => {
    const txt = await createRoute(
      multipart(compiler, new File([seed], "bao-cao-quy-1-2019.txt", { type: "text/plain" })),
      {},
    );
    expect(txt.status).toBe(201);
    const fromTxt = (await txt.json()) as Reading;
    expect(fromTxt).toMatchObject({ kind: "quarter", period: "2019-Q1" });

    const docx = await createRoute(
      multipart(compiler, new File([new Uint8Array(await docxOf(seed))], "bao-cao.docx")),
      {},
    );
    expect(docx.status).toBe(201);
    const fromDocx = (await docx.json()) as Reading;
    expect(fromDocx).toMatchObject({ kind: "quarter", period: "2019-Q1" });
    expect(fromDocx.candidates.map((c) => [c.indicator, c.value])).toEqual(
      fromTxt.candidates.map((c) => [c.indicator, c.value]),
    );

    const exe = await createRoute(multipart(compiler, new File(["MZ"], "virus.exe")), {});
    expect(exe.status).toBe(422);
    expect(JSON.stringify(await exe.json())).toContain(".docx");
    expect((await create(await tokenFor("bcvt"), { org, text: seed })).status).toBe(403);
    expect((await create(await tokenFor("admin.hatinh"), { org, text: seed })).status).toBe(403);
    expect((await create(compiler, { org: "no-such-org", text: seed })).status).toBe(404);
    expect((await read(await tokenFor("admin.hatinh"), fromTxt.id)).status).toBe(404);
  });

  it("applies all or nothing: a bad item refuses everything with every failed check; then the quarter is a reported figure", async () => {
    const reading = (await (
      await createRoute(
        multipart(compiler, new File([seed], "bao-cao-quy-1-2019.txt"), { kind: "quarter", period: quarter }),
        {},
      )
    ).json()) as Reading;
    const items = proposed(reading);
    expect(items.length).toBeGreaterThan(3);
    const bad = [{ ...items[0], value: "-3" }, { ...items[1], value: "2.5" }, ...items.slice(2)];
    const refused = await apply(compiler, reading.id, bad, "vi");
    expect(refused.status).toBe(422);
    const details = (await refused.json()).error.details as { indicator: string }[];
    expect(details.map((d) => d.indicator)).toEqual(expect.arrayContaining([items[0].indicator, items[1].indicator]));
    expect(await db().periodValue.count({ where: { organisationId, period: quarter } })).toBe(0);

    const done = await apply(compiler, reading.id, items);
    expect(done.status).toBe(200);
    expect((await done.json()).saved).toBe(items.length);
    const audits = await db().periodValueAudit.findMany({
      where: { organisationId, period: quarter },
      select: { source: true, fileName: true },
    });
    expect(audits).toHaveLength(items.length);
    expect(audits.every((a) => a.source === "import" && a.fileName === "bao-cao-quy-1-2019.txt")).toBe(true);

    const shown = (await (await read(compiler, reading.id)).json()) as Reading & { appliedAt: string | null };
    expect(shown.appliedAt).not.toBeNull();
    expect(shown.candidates.filter((c) => c.review.state === "accepted")).toHaveLength(items.length);
    expect((await apply(compiler, reading.id, items)).status).toBe(409);

    const { indicator, value } = items[0];
    const aggregate = await getAggregate(
      apiRequest(`/api/v1/aggregate?org=${org}&period=${quarter}&indicators=${indicator}`, { token: compiler }),
      {},
    );
    expect(aggregate.status).toBe(200);
    const [figure] = (await aggregate.json()) as { value: number | string; source: string }[];
    expect(figure.source).toBe("reported");
    expect(Number(figure.value)).toBe(Number(value));
  });

  it("stores a month report's figures as the month's values, refused as a whole while the month is locked (423)", async () => {
    const response = await create(compiler, {
      org,
      text: seed,
      period: month.period,
      kind: "month",
      fileName: "bao-cao-thang-5.txt",
    });
    expect(response.status).toBe(201);
    const reading = (await response.json()) as Reading;
    expect(reading).toMatchObject({ kind: "month", period: month.period });
    const items = proposed(reading);
    await db().monthLock.create({ data: { organisationId, yearMonth: month.yearMonth }, select: { yearMonth: true } });
    const locked = await apply(compiler, reading.id, items);
    expect(locked.status).toBe(423);
    expect(await db().monthValue.count({ where: { organisationId, yearMonth: month.yearMonth } })).toBe(0);
    await db().monthLock.deleteMany({ where: { organisationId, yearMonth: month.yearMonth } });

    const done = await apply(compiler, reading.id, items);
    expect(done.status).toBe(200);
    expect(await db().monthValue.count({ where: { organisationId, yearMonth: month.yearMonth } })).toBe(items.length);
    const audits = await db().valueAudit.findMany({
      where: { organisationId, yearMonth: month.yearMonth },
      select: { source: true, fileName: true },
    });
    expect(audits.every((a) => a.source === "import" && a.fileName === "bao-cao-thang-5.txt")).toBe(true);
  });

  it("applies an import once: of two applies at once one saves and marks it applied, the other is a 409 that saves nothing", async () => {
    const reading = (await (
      await create(compiler, { org, text: seed, period: twiceQuarter, kind: "quarter", fileName: "hai-lan.txt" })
    ).json()) as Reading;
    await db().periodValue.deleteMany({ where: { organisationId, period: twiceQuarter } });
    await db().periodValueAudit.deleteMany({ where: { organisationId, period: twiceQuarter } });
    const items = proposed(reading);
    const statuses = (await Promise.all([apply(compiler, reading.id, items), apply(compiler, reading.id, items)]))
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual([200, 409]);
    expect(
      await db().periodValueAudit.count({ where: { organisationId, period: twiceQuarter, fileName: "hai-lan.txt" } }),
    ).toBe(items.length);
  });

  it("refuses a month figure that jumps against the month before without a note (422), and stores it with its note", async () => {
    const reading = (await (
      await create(compiler, { org, text: seed, period: jumpMonth.period, kind: "month" })
    ).json()) as Reading;
    const items = proposed(reading);
    const [jump] = items;
    // Far above the imported figure: a fall of more than 50 % and more than 10 units.
    const before = String(Number(jump.value) * 3 + 100);
    await db().monthValue.create({
      data: { organisationId, indicatorCode: jump.indicator, yearMonth: jumpMonth.before, value: before },
      select: { id: true },
    });

    const refused = await apply(compiler, reading.id, items, "vi");
    expect(refused.status).toBe(422);
    const details = (await refused.json()).error.details as { indicator: string; code: string; message: string }[];
    expect(details).toEqual([
      expect.objectContaining({ indicator: jump.indicator, code: "jump", message: expect.stringContaining("ghi chú") }),
    ]);
    expect(await db().monthValue.count({ where: { organisationId, yearMonth: jumpMonth.yearMonth } })).toBe(0);

    const note = "Năm 2020 tính lại theo hướng dẫn mới";
    const done = await apply(compiler, reading.id, [{ ...jump, note }, ...items.slice(1)]);
    expect(done.status).toBe(200);
    const stored = await db().monthValue.findUniqueOrThrow({
      where: {
        organisationId_indicatorCode_yearMonth: {
          organisationId,
          indicatorCode: jump.indicator,
          yearMonth: jumpMonth.yearMonth,
        },
      },
      select: { note: true },
    });
    expect(stored.note).toBe(note);
    const audit = await db().valueAudit.findFirstOrThrow({
      where: { organisationId, indicatorCode: jump.indicator, yearMonth: jumpMonth.yearMonth },
      select: { note: true, source: true },
    });
    expect(audit).toEqual({ note, source: "import" });
  });
});

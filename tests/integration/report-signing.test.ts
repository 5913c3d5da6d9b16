import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSessionUserById, type SessionUser } from "@/lib/auth/data";
import { db, disconnectDb } from "@/lib/db/client";
import { getProfileAt } from "@/lib/org/data";
import { saveProfile } from "@/lib/org/mutations";
import { getReport } from "@/lib/reports/data";
import { createReport, refreshReport, saveParagraphs, setReportStatus } from "@/lib/reports/mutations";
import { printableParagraphs } from "@/lib/reports/page";
import type { ReportContent } from "@/lib/reports/types";
import { seedDatabase } from "@/lib/seed/seed";

const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

beforeAll(() => seedDatabase({ demo: true }));
afterAll(() => disconnectDb());

describe("a report from draft to signed", () => {
  let office: SessionUser;

  beforeAll(async () => {
    office = (await getSessionUserById(
      (await db().user.findUniqueOrThrow({ where: { username: "vanphong" }, select: { id: true } })).id,
    ))!;
  });

  const create = async (period: string) =>
    (await createReport({ actor: office, organisationId: office.organisationId, kind: "quarter", period })).id;
  const load = (id: string) => getReport({ organisationId: office.organisationId, id });
  const edits = (content: ReportContent) =>
    content.paragraphs.map(({ key, style, text, edited }) => ({ key, style, text, edited }));

  it("is read-only while sent for signature, and editable again once returned to draft", async () => {
    const id = await create("2023-Q2");
    await setReportStatus({ actor: office, id, status: "for_signature" });
    const sent = await load(id);
    const changed = edits(sent.content).map((p, i) =>
      i === 0 ? { ...p, text: `${p.text} (sửa khi đang trình ký)`, edited: true } : p,
    );
    await expect(
      saveParagraphs({ actor: office, id, version: sent.version, paragraphs: changed }),
    ).rejects.toMatchObject({ code: "locked" });
    await expect(refreshReport({ actor: office, id })).rejects.toMatchObject({ code: "locked" });
    const still = await load(id);
    expect(still.version).toBe(sent.version);
    expect(JSON.stringify(still.content)).toBe(JSON.stringify(sent.content));

    await setReportStatus({ actor: office, id, status: "draft" });
    const draft = await load(id);
    await saveParagraphs({ actor: office, id, version: draft.version, paragraphs: changed });
    expect((await load(id)).content.paragraphs[0].text).toContain("(sửa khi đang trình ký)");
    expect((await load(id)).events.map((e) => e.status)).toEqual(["draft", "for_signature", "draft"]);
  });

  it("signs without the draft's marks: edited, stale and updated go, the text stays", async () => {
    const id = await create("2023-Q1");
    const draft = await load(id);
    const bodies = draft.content.paragraphs.filter((p) => p.style === "body" && p.text.trim() && !p.missing?.length);
    expect(bodies.length).toBeGreaterThanOrEqual(3);
    const [edited, updated, flagged] = bodies;
    // As a drafter's edits and a refresh leave them: one typed over with changed figures, one refreshed,
    // one whose figures went missing (never printed, so not signed).
    const marked: ReportContent = {
      ...draft.content,
      paragraphs: draft.content.paragraphs.map((p) =>
        p.key === edited.key
          ? { ...p, text: `${p.text} (đã sửa)`, edited: true, stale: true }
          : p.key === updated.key
            ? { ...p, updated: true }
            : p.key === flagged.key
              ? { ...p, missing: ["post.revenue"] }
              : p,
      ),
    };
    await db().report.update({ where: { id }, data: { content: JSON.parse(JSON.stringify(marked)) } });

    await setReportStatus({ actor: office, id, status: "for_signature" });
    await setReportStatus({ actor: office, id, status: "signed", number: 12, signedOn: "2023-03-20", pdf });
    const signed = await load(id);
    expect(signed.status).toBe("signed");
    for (const p of signed.content.paragraphs) {
      expect(p).not.toHaveProperty("edited");
      expect(p).not.toHaveProperty("stale");
      expect(p).not.toHaveProperty("updated");
      expect(p).not.toHaveProperty("missing");
    }
    const byKey = new Map(signed.content.paragraphs.map((p) => [p.key, p]));
    expect(byKey.get(edited.key)?.text).toBe(`${edited.text} (đã sửa)`);
    expect(byKey.get(updated.key)?.text).toBe(updated.text);
    expect(byKey.has(flagged.key)).toBe(false);
    // Exactly what the draft put on paper: no flagged sentence, no heading of an unwritten part.
    const printed = printableParagraphs(marked);
    expect(printed.some((p) => p.key === "fixed:assessment")).toBe(false);
    expect(signed.content.paragraphs.map((p) => [p.key, p.text])).toEqual(printed.map((p) => [p.key, p.text]));
    expect(signed.content.header.numberLine).toBe("Số: 12/BC-STTTT-VP");
  });
});

describe("organisation settings for reports", () => {
  it("stores where the header name breaks and how money is written, per version", async () => {
    const { id: organisationId } = await db().organisation.findUniqueOrThrow({
      where: { code: "tra-vinh-stttt" },
      select: { id: true },
    });
    const current = (await getProfileAt({ organisationId, date: new Date("2026-01-01T00:00:00Z") }))!;
    expect(current).toMatchObject({ headerNameLines: [], moneyWording: "dong" });
    const { id: _id, effectiveFrom: _from, ...rest } = current;
    await saveProfile({
      organisationId,
      profile: {
        ...rest,
        effectiveFrom: "2026-02-01",
        headerNameLines: ["Sở Khoa học", "và Công nghệ"],
        moneyWording: "million",
      },
    });
    expect(await getProfileAt({ organisationId, date: new Date("2026-02-02T00:00:00Z") })).toMatchObject({
      headerNameLines: ["Sở Khoa học", "và Công nghệ"],
      moneyWording: "million",
    });
    expect(await getProfileAt({ organisationId, date: new Date("2026-01-31T00:00:00Z") })).toMatchObject({
      headerNameLines: [],
      moneyWording: "dong",
    });
    // The suite's files share the demo organisation: later drafts find its names and wording as they were.
    await db().organisationProfile.deleteMany({
      where: { organisationId, effectiveFrom: new Date("2026-02-01T00:00:00Z") },
    });
  });
});

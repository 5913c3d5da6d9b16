import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getValues, PUT as putValues } from "@/app/api/v1/values/route";
import { db, disconnectDb } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { apiRequest, tokenFor } from "../support/api";

// Months far from the demo's figures, removed again at the end (the suite's files share one database).
const org = "tra-vinh-stttt";
const period = "2031-01";
const yearMonth = 203101;
const indicator = "tel.bts";

const put = (token: string, body: unknown) =>
  putValues(apiRequest("/api/v1/values", { token, method: "PUT", body }), {});

async function read(token: string): Promise<{ value: string; version: number } | undefined> {
  const values: { indicator: string; value: string; version: number }[] = await (
    await getValues(apiRequest(`/api/v1/values?org=${org}&period=${period}&field=telecom`, { token }), {})
  ).json();
  return values.find((v) => v.indicator === indicator);
}

describe("saving values concurrently", () => {
  let editor: string;
  let office: string;
  let organisationId: string;

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    [editor, office] = await Promise.all([tokenFor("bcvt"), tokenFor("vanphong")]);
    organisationId = (await db().organisation.findUniqueOrThrow({ where: { code: org }, select: { id: true } })).id;
  });
  afterAll(async () => {
    await db().valueAudit.deleteMany({ where: { organisationId, yearMonth } });
    await db().monthValue.deleteMany({ where: { organisationId, yearMonth } });
    await disconnectDb();
  });

  it("loses no update when read-modify-write clients send the version and retry on 409", async () => {
    expect((await put(editor, { org, period, values: [{ indicator, value: 1000, note: "khởi tạo" }] })).status).toBe(
      200,
    );
    const clients = 12;
    let conflicts = 0;
    const addOne = async (token: string) => {
      for (;;) {
        const current = (await read(token))!;
        const response = await put(token, {
          org,
          period,
          values: [{ indicator, value: Number(current.value) + 1, version: current.version }],
        });
        if (response.status === 200) return;
        expect(response.status).toBe(409);
        conflicts++;
      }
    };
    await Promise.all(Array.from({ length: clients }, (_, i) => addOne(i % 2 ? editor : office)));
    const stored = (await read(editor))!;
    expect(Number(stored.value)).toBe(1000 + clients);
    expect(stored.version).toBe(1 + clients);
    expect(conflicts).toBeGreaterThan(0);
    expect(await db().valueAudit.count({ where: { organisationId, yearMonth, indicatorCode: indicator } })).toBe(
      1 + clients,
    );
  });

  it("answers what a save without version replaced, and still refuses a stale version with 409", async () => {
    const before = (await read(editor))!;
    const saved = await put(editor, { org, period, values: [{ indicator, value: 2000, version: before.version }] });
    expect(await saved.json()).toMatchObject({ saved: 1, overwritten: [] });

    const blind = await put(office, { org, period, values: [{ indicator, value: 2005 }] });
    expect(blind.status).toBe(200);
    expect(await blind.json()).toMatchObject({
      saved: 1,
      overwritten: [{ indicator, previous: "2000", updatedBy: "Trần Minh Bưu" }],
    });

    const stale = await put(editor, { org, period, values: [{ indicator, value: 2001, version: before.version + 1 }] });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.details[0]).toMatchObject({
      indicator,
      code: "stale_version",
      current: { value: "2005", version: before.version + 2, updatedBy: "Lê Thị Văn Phòng" },
    });

    const fresh = await put(office, { org, period, values: [{ indicator: "tel.cable_poles", value: 10 }] });
    expect(await fresh.json()).toMatchObject({ saved: 1, overwritten: [] });
    const same = await put(office, { org, period, values: [{ indicator: "tel.cable_poles", value: 10 }] });
    expect(await same.json()).toMatchObject({ saved: 0, overwritten: [] });
  });
});

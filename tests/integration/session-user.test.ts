import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSessionUserById } from "@/lib/auth/data";
import { db, disconnectDb } from "@/lib/db/client";
import { setOrganisationAccess } from "@/lib/org/mutations";
import { seedDatabase } from "@/lib/seed/seed";
import { getTokenUser } from "@/lib/tokens/data";
import { revokeToken } from "@/lib/tokens/mutations";
import { hashToken } from "@/lib/tokens/token";
import { tokenFor } from "../support/api";

async function userId(username: string): Promise<string> {
  return (await db().user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
}

async function setActive(username: string, active: boolean) {
  await db().user.update({ where: { username }, data: { active }, select: { id: true } });
}

describe("the session user, read on every request", () => {
  beforeAll(() => seedDatabase({ demo: true }));
  afterAll(() => disconnectDb());

  it("carries the organisation, the unit's fields and the organisations a viewer may read", async () => {
    const editor = await getSessionUserById(await userId("bcvt"));
    expect(editor).toMatchObject({
      username: "bcvt",
      role: "editor",
      locale: "vi",
      organisationCode: "tra-vinh-stttt",
      organisationIsDemo: true,
      viewableOrganisationIds: [],
    });
    expect(editor!.unitId).toEqual(expect.any(String));
    expect(editor!.fieldCodes.length).toBeGreaterThan(0);
    expect(editor!.fieldCodes).toEqual([...editor!.fieldCodes].sort());

    expect(editor!.receivesSubmissions).toBe(false);

    const peer = await getSessionUserById(await userId("giamdoc.hatinh"));
    const traVinh = await db().organisation.findUniqueOrThrow({
      where: { code: "tra-vinh-stttt" },
      select: { id: true },
    });
    expect(peer).toMatchObject({
      role: "director",
      organisationCode: "ha-tinh-stttt",
      viewableOrganisationIds: [traVinh.id],
      receivesSubmissions: false,
    });
  });

  it("gives a ministry's user no live view of the provinces under it, even with a grant made before the tree", async () => {
    const viewer = await getSessionUserById(await userId("bo"));
    expect(viewer).toMatchObject({
      role: "viewer",
      organisationCode: "bo-khcn",
      unitId: null,
      unitName: null,
      fieldCodes: [],
      viewableOrganisationIds: [],
      receivesSubmissions: true,
    });
    const provinces = await db().organisation.findMany({
      where: { code: { in: ["tra-vinh-stttt", "ha-tinh-stttt"] } },
      select: { id: true },
    });
    await db().organisationAccess.createMany({
      data: provinces.map((o) => ({ userId: viewer!.id, organisationId: o.id })),
    });
    try {
      expect((await getSessionUserById(viewer!.id))!.viewableOrganisationIds).toEqual([]);
      await expect(setOrganisationAccess({ username: "bo", codes: ["ha-tinh-stttt"] })).rejects.toMatchObject({
        code: "invalid",
      });
    } finally {
      await db().organisationAccess.deleteMany({ where: { userId: viewer!.id } });
    }
  });

  it("is the same user by session or by token, and nobody once the token is revoked", async () => {
    const token = await tokenFor("cntt");
    const byToken = await getTokenUser(token);
    expect(byToken).toEqual(await getSessionUserById(await userId("cntt")));

    const { id, user } = await db().apiToken.findUniqueOrThrow({
      where: { tokenHash: hashToken(token) },
      select: { id: true, user: { select: { organisationId: true } } },
    });
    await revokeToken({ organisationId: user.organisationId, tokenId: id });
    expect(await getTokenUser(token)).toBeNull();
    expect(await getTokenUser("ictrd_unknown")).toBeNull();
  });

  it("is nobody once the account is deactivated, by session or by token", async () => {
    const token = await tokenFor("bcvt");
    await setActive("bcvt", false);
    try {
      expect(await getSessionUserById(await userId("bcvt"))).toBeNull();
      expect(await getTokenUser(token)).toBeNull();
    } finally {
      await setActive("bcvt", true);
    }
    expect(await getTokenUser(token)).toMatchObject({ username: "bcvt" });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { runCli } from "../support/cli";

// npm run org:tree: the 34 provinces' departments under a ministry, as the demo has them; run
// again it creates nothing, and a code that is no province's is refused before anything is done.

describe("npm run org:tree", () => {
  beforeAll(async () => {
    await seedDatabase({ demo: true });
  });
  afterAll(disconnectDb);

  it("puts every province's department under the ministry, once", async () => {
    const { stdout } = await runCli("org-tree.ts", [
      "--ministry",
      "bo-khcn",
      "--as",
      "vinh-long-skhcn=tra-vinh-stttt",
      "--as",
      "ha-tinh-skhcn=ha-tinh-stttt",
    ]);
    expect(stdout).toContain("34 departments report to bo-khcn; 0 created.");
    const ministry = await db().organisation.findUniqueOrThrow({
      where: { code: "bo-khcn" },
      select: { id: true, children: { select: { code: true } } },
    });
    expect(ministry.children).toHaveLength(34);
    expect(ministry.children.map((c) => c.code)).toEqual(
      expect.arrayContaining(["tra-vinh-stttt", "ha-tinh-stttt", "an-giang-skhcn", "ho-chi-minh-skhcn"]),
    );
    await expect(
      runCli("org-tree.ts", ["--ministry", "bo-khcn", "--as", "tra-vinh=tra-vinh-stttt"]),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("Not a province's code: tra-vinh") });
  }, 60_000);
});

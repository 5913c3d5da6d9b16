import { afterAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { ReadingLimitError } from "@/lib/history/limits";
import { createReaderPool, readReportBounded } from "@/lib/history/read-bounded";
import { readReport } from "@/lib/history/reader";
import { loadCatalog } from "../support/catalog";

// The reader in its worker threads: the same answer as in the caller's thread, and a reading past
// its memory or time stops its own thread, names the limit, and the next reading is served.

const context = { catalog: [...loadCatalog().indicators.values()] };
const sample = "Báo cáo tháng 6 năm 2023. Toàn tỉnh có 1.290 trạm BTS, 3.250 km cáp quang.";
const heavy = "Số trạm BTS 1290 trạm, ".repeat(8_000);
const pools = [createReaderPool({ threads: 1 }), createReaderPool({ memoryMb: 24, threads: 1 })];
const [pool, small] = pools;

async function limitOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof ReadingLimitError) return error.limit;
    throw error;
  }
}

// Starting a worker compiles the reader first: seconds on a busy machine.
describe("reading in a worker thread", { timeout: 60_000 }, () => {
  afterAll(() => Promise.all(pools.map((p) => p.destroy())));

  it("answers as the reader does, while the caller's thread goes on", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const answer = await readReportBounded(`${sample} ${"Có 12 cuộc họp. ".repeat(3_000)}`, context, undefined, {
      pool,
    });
    clearInterval(timer);
    expect(answer).toEqual(readReport(`${sample} ${"Có 12 cuộc họp. ".repeat(3_000)}`, context));
    expect(ticks).toBeGreaterThan(2);
    expect(await readReportBounded(sample, context, { period: "2023-06" }, { pool })).toEqual(
      readReport(sample, context, { period: "2023-06" }),
    );
  });

  it("names the limit of numbers and of characters", async () => {
    expect(await limitOf(readReportBounded("1 ".repeat(20_000), context, undefined, { pool }))).toBe("numbers");
    expect(await limitOf(readReportBounded("1 ".repeat(1_250_000), context, undefined, { pool }))).toBe("characters");
  });

  it("stops a reading past its deadline, and reads the next one", async () => {
    expect(await limitOf(readReportBounded(heavy, context, undefined, { pool, seconds: 0.2 }))).toBe("seconds");
    expect((await readReportBounded(sample, context, undefined, { pool })).candidates.length).toBeGreaterThan(0);
  });

  it("stops a reading past its memory, and reads the next one", async () => {
    expect(await limitOf(readReportBounded(heavy, context, undefined, { pool: small }))).toBe("memoryMb");
    expect((await readReportBounded(sample, context, undefined, { pool: small })).candidates.length).toBeGreaterThan(0);
  });

  it("refuses readings beyond those waiting as busy", async () => {
    const readings = Array.from({ length: 12 }, () =>
      readReportBounded(heavy, context, undefined, { pool, seconds: 1 }).then(
        () => "read",
        (e: unknown) => (isAppError(e) ? e.code : String(e)),
      ),
    );
    const outcomes = await Promise.all(readings);
    expect(outcomes).toContain("busy");
    expect(outcomes.filter((o) => o === "busy")).toHaveLength(12 - 9);
  });
});

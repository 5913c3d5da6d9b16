import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { Piscina } from "piscina";
import { AppError } from "@/lib/errors";
import { ReadingLimitError, readingLimits } from "./limits";
import type { ReadOptions } from "./reader";
import type { ReadTask, ReadTaskResult } from "./read-task";
import type { ReadReportContext, ReadReportResult } from "./types";

// Past reports are read in worker threads with a memory limit and a deadline: a text that would
// take the reader's time or memory past its limits stops its own thread, never the server.

/** Readings waiting for a thread; more are refused as busy (429). */
const maxWaiting = 8;
const readingsOf = new WeakMap<ReaderPool, number>();

export type ReaderPool = Piscina<ReadTask, ReadTaskResult>;

/** Worker threads that read, each with a heap of at most `memoryMb`. */
export function createReaderPool({ memoryMb = readingLimits.memoryMb as number, threads = 2 } = {}): ReaderPool {
  // Next bundles the server's code, so the worker's file is found from the project's folder.
  const filename = path.join(process.cwd(), "lib/history/read-worker.mjs");
  if (!existsSync(filename)) throw new Error(`The report reader's worker is missing: ${filename}`);
  return new Piscina({
    filename,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(32, memoryMb / 4) },
  });
}

// One pool per process, kept across the module's reloads in development.
const holder = globalThis as typeof globalThis & { reportReaderPool?: ReaderPool };

/**
 * Reads a report (reader.ts) in a worker thread. Past a limit of readingLimits it throws
 * ReadingLimitError naming it; when too many readings wait, AppError busy.
 */
export async function readReportBounded(
  text: string,
  context: ReadReportContext,
  options?: ReadOptions,
  { pool = (holder.reportReaderPool ??= createReaderPool()), seconds = readingLimits.seconds as number } = {},
): Promise<ReadReportResult> {
  if (text.length > readingLimits.characters) throw new ReadingLimitError("characters");
  const readings = readingsOf.get(pool) ?? 0;
  if (readings >= pool.options.maxThreads + maxWaiting) throw new AppError("busy", [], undefined, 30);
  readingsOf.set(pool, readings + 1);
  let answer: ReadTaskResult;
  try {
    answer = await pool.run({ text, context, options }, { signal: AbortSignal.timeout(seconds * 1000) });
  } catch (error) {
    if (error instanceof Error && error.name === "AbortError") throw new ReadingLimitError("seconds");
    if ((error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY") throw new ReadingLimitError("memoryMb");
    throw error;
  } finally {
    readingsOf.set(pool, (readingsOf.get(pool) ?? 1) - 1);
  }
  if (!answer.ok) throw new ReadingLimitError(answer.limit);
  return answer.result;
}

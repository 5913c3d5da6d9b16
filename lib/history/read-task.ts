import { ReadingLimitError, type ReadingLimit } from "./limits";
import { createReportReader, type ReadOptions, type ReportReader } from "./reader";
import type { ReadReportContext, ReadReportResult } from "./types";

// One reading, as the worker thread of read-bounded.ts runs it: the reader's answer, or the limit
// it stopped at. The compiled cues of the last context are kept between readings.

export interface ReadTask {
  text: string;
  context: ReadReportContext;
  options?: ReadOptions;
}

export type ReadTaskResult = { ok: true; result: ReadReportResult } | { ok: false; limit: ReadingLimit };

let last: { key: string; reader: ReportReader } | null = null;

export function runReadTask({ text, context, options }: ReadTask): ReadTaskResult {
  const key = JSON.stringify(context);
  if (last?.key !== key) last = { key, reader: createReportReader(context) };
  try {
    return { ok: true, result: last.reader(text, options) };
  } catch (error) {
    if (error instanceof ReadingLimitError) return { ok: false, limit: error.limit };
    throw error;
  }
}

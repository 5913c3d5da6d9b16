// What one reading of a past report may take. Past any limit the reading stops and says which,
// so that one pathological text gets a clear refusal instead of the server's memory and time.
// A 30-page report has about 110 000 characters, 600 numbers and 300 candidates.

export const readingLimits = {
  /** Characters of text read (a report of some 600 pages). */
  characters: 2_000_000,
  /** Numbers found in the text, dates and document numbers included. */
  numbers: 15_000,
  /** Candidate figures proposed. */
  candidates: 10_000,
  /** Wall-clock time of one reading. */
  seconds: 20,
  /** Heap of the worker that reads. */
  memoryMb: 512,
} as const;

export type ReadingLimit = keyof typeof readingLimits;

/** A reading stopped at a limit. */
export class ReadingLimitError extends Error {
  constructor(readonly limit: ReadingLimit) {
    super(`reading limit: ${limit}`);
    this.name = "ReadingLimitError";
  }
}

import { acceptedByDefault } from "./confidence";
import type { ReadReportResult } from "./types";

// How well a reading matches an answer key: a proposed candidate (the best of its indicator) is
// right when its indicator and value are the key's; precision is right / proposed, recall
// right / expected. What the review accepts before anyone looks (acceptedByDefault) is counted
// apart: a wrong value there is the worst outcome, as it is saved unless someone notices.

export interface ExpectedFigure {
  indicator: string;
  value: string;
}

export interface AnswerKey {
  kind: string;
  period: string;
  figures: ExpectedFigure[];
}

export interface Measure {
  name: string;
  /** Readings whose kind and period were right, of `readings`. */
  periodsRight: number;
  readings: number;
  expected: number;
  proposed: number;
  right: number;
  /** Proposed candidates the review accepts by default, and those of them that are wrong (a wrong value, or an indicator the key has not). */
  accepted: number;
  acceptedWrong: number;
  /** Slowest reading, in milliseconds. */
  ms: number;
  /** Figures missed or read wrong, and candidates proposed for indicators the key has not. */
  misses: string[];
  extras: string[];
}

export function measureReading(name: string, key: AnswerKey, result: ReadReportResult, ms: number): Measure {
  const proposed = result.candidates.filter((c) => c.best);
  const byIndicator = new Map(proposed.map((c) => [c.indicator, c]));
  const expected = new Set(key.figures.map((f) => f.indicator));
  const misses = key.figures.filter((f) => byIndicator.get(f.indicator)?.value !== f.value).map((f) => `${f.indicator}=${f.value} (read ${byIndicator.get(f.indicator)?.value ?? "nothing"})`);
  const extras = proposed.filter((c) => !expected.has(c.indicator)).map((c) => `${c.indicator}=${c.value}: ${c.sentence.slice(0, 100)}`);
  const keyValue = new Map(key.figures.map((f) => [f.indicator, f.value]));
  const accepted = proposed.filter(acceptedByDefault);
  return {
    name,
    periodsRight: result.kind === key.kind && result.period === key.period ? 1 : 0,
    readings: 1,
    expected: key.figures.length,
    proposed: proposed.length,
    right: key.figures.length - misses.length,
    accepted: accepted.length,
    acceptedWrong: accepted.filter((c) => keyValue.get(c.indicator) !== c.value).length,
    ms,
    misses,
    extras,
  };
}

/** Several readings as one measure (the round trip's drafts). */
export function combineMeasures(name: string, measures: Measure[]): Measure {
  const sum = (pick: (m: Measure) => number) => measures.reduce((total, m) => total + pick(m), 0);
  return {
    name,
    periodsRight: sum((m) => m.periodsRight),
    readings: sum((m) => m.readings),
    expected: sum((m) => m.expected),
    proposed: sum((m) => m.proposed),
    right: sum((m) => m.right),
    accepted: sum((m) => m.accepted),
    acceptedWrong: sum((m) => m.acceptedWrong),
    ms: Math.max(0, ...measures.map((m) => m.ms)),
    misses: measures.flatMap((m) => m.misses.map((miss) => `${m.name}: ${miss}`)),
    extras: measures.flatMap((m) => m.extras.map((extra) => `${m.name}: ${extra}`)),
  };
}

export const precision = (m: Measure) => (m.proposed ? m.right / m.proposed : 1);
export const recall = (m: Measure) => (m.expected ? m.right / m.expected : 1);
/** Wrong values among the readings accepted by default. */
export const acceptedWrongShare = (m: Measure) => (m.accepted ? m.acceptedWrong / m.accepted : 0);

const percent = (share: number) => `${(share * 100).toFixed(1).replace(".", ",")} %`;

/** The measures as a Markdown table (the README's format). */
export function measureTable(measures: Measure[]): string {
  const rows = measures.map(
    (m) =>
      `| ${m.name} | ${m.periodsRight}/${m.readings} | ${m.expected} | ${m.proposed} | ${m.right} | ${percent(precision(m))} | ${percent(recall(m))} | ${m.acceptedWrong}/${m.accepted} (${percent(acceptedWrongShare(m))}) | ${m.ms.toFixed(0)} ms |`,
  );
  return [
    "| corpus | period right | figures | proposed | right | precision | recall | wrong of accepted by default | time to read (slowest) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

export { percent as formatShare };

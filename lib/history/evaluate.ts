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

/**
 * A figure a report states that the catalog does not hold as entered: a share it computes from
 * its parts (`indicator` names it), or a figure with no row, and why it has none.
 */
export interface OutsideFigure {
  indicator?: string;
  label: string;
  value: string;
  quote: string;
  why: string;
}

export interface AnswerKey {
  kind: string;
  period: string;
  figures: ExpectedFigure[];
  /** Every other indicator-like figure the report states; not expected of the reader. */
  outside?: OutsideFigure[];
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
  /** Figures stated outside the catalog, and those of them a proposed candidate took for a catalog figure. */
  outside: number;
  outsideTaken: string[];
}

/** Where each of the key's outside figures stands in `text` (every place its quote does). */
function outsideSpans(key: AnswerKey, text: string): { figure: OutsideFigure; start: number; end: number }[] {
  return (key.outside ?? []).flatMap((figure) => {
    const spans = [];
    for (let at = text.indexOf(figure.quote); at >= 0; at = text.indexOf(figure.quote, at + 1))
      spans.push({ figure, start: at, end: at + figure.quote.length });
    return spans;
  });
}

/** `text` is what was read: given, the key's outside figures are looked for among the proposed candidates. */
export function measureReading(
  name: string,
  key: AnswerKey,
  result: ReadReportResult,
  ms: number,
  text?: string,
): Measure {
  const proposed = result.candidates.filter((c) => c.best);
  const byIndicator = new Map(proposed.map((c) => [c.indicator, c]));
  const expected = new Set(key.figures.map((f) => f.indicator));
  const misses = key.figures
    .filter((f) => byIndicator.get(f.indicator)?.value !== f.value)
    .map((f) => `${f.indicator}=${f.value} (read ${byIndicator.get(f.indicator)?.value ?? "nothing"})`);
  const extras = proposed
    .filter((c) => !expected.has(c.indicator))
    .map((c) => `${c.indicator}=${c.value}: ${c.sentence.slice(0, 100)}`);
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
    outside: key.outside?.length ?? 0,
    outsideTaken: text
      ? outsideSpans(key, text).flatMap(({ figure, start, end }) =>
          proposed
            .filter((c) => c.start >= start && c.end <= end && c.value === figure.value)
            .map((c) => `${figure.label} ${figure.value} read as ${c.indicator}`),
        )
      : [],
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
    outside: sum((m) => m.outside),
    outsideTaken: measures.flatMap((m) => m.outsideTaken.map((taken) => `${m.name}: ${taken}`)),
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

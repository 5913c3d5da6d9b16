import { Exact, type MonthFacts } from "./aggregate";
import { addMonths } from "./period";

// Reported period figures: a quarter's, six or nine months' or a year's figure as a past report gave
// it, or as entered for an indicator reported only by such periods. Never spread over months. A
// period's value comes from its months when they are all there (months win); else from a reported
// figure of exactly that period; else from reported figures laid end to end over it (a year from
// its quarters, its halves, or nine months and the fourth quarter: flows summed, a level the last
// one's); else from the months it has. A single month never takes a reported figure.

export interface ReportedFigure {
  indicator: string;
  /** First and last month of the period it was reported for. */
  first: number;
  last: number;
  /** Exact decimal string, as stored. */
  value: string;
  estimate: boolean;
}

export interface Span {
  first: number;
  last: number;
}

/** Several months one after another (a period, a year to date), or null: a single month or months with gaps. */
export function spanOf(months: readonly number[]): Span | null {
  if (months.length < 2 || months.some((m, i) => i > 0 && m !== addMonths(months[i - 1], 1))) return null;
  return { first: months[0], last: months[months.length - 1] };
}

/**
 * The fewest reported figures that lie end to end over the span exactly, in order: the period's own
 * figure when there is one; null when none do. Breadth first from the span's first month, longer
 * periods tried first (nine months and a quarter before four quarters).
 */
export function reportedCover(figures: readonly ReportedFigure[], { first, last }: Span): ReportedFigure[] | null {
  const candidates = figures
    .filter((f) => f.first >= first && f.last <= last)
    .sort((a, b) => a.first - b.first || b.last - a.last);
  const end = addMonths(last, 1);
  let paths: { next: number; pieces: ReportedFigure[] }[] = [{ next: first, pieces: [] }];
  const reached = new Set([first]);
  while (paths.length) {
    const further: typeof paths = [];
    for (const path of paths) {
      for (const figure of candidates.filter((f) => f.first === path.next)) {
        const next = addMonths(figure.last, 1);
        const pieces = [...path.pieces, figure];
        if (next === end) return pieces;
        if (!reached.has(next)) {
          reached.add(next);
          further.push({ next, pieces });
        }
      }
    }
    paths = further;
  }
  return null;
}

/** The facts of reported figures laid end to end: their sum (flows), the last one's value (levels). */
export function reportedFacts(pieces: readonly ReportedFigure[]): MonthFacts {
  const last = pieces[pieces.length - 1];
  return {
    sum: pieces.reduce((sum, p) => sum.plus(p.value), new Exact(0)).toFixed(),
    last: last.value,
    lastMonth: last.last,
    monthsPresent: 0,
    anyEstimate: pieces.some((p) => p.estimate),
    reported: true,
  };
}

/**
 * What one stored indicator's value over some months is computed from: the months when all
 * `expected` of them have a figure, else the reported figures that cover the span, else the months
 * it has (incomplete).
 */
export function chooseFacts(
  months: MonthFacts | undefined,
  expected: number,
  figures: readonly ReportedFigure[],
  span: Span | null,
): MonthFacts | undefined {
  if (!span || !figures.length || (months?.monthsPresent ?? 0) >= expected) return months;
  const cover = reportedCover(figures, span);
  return cover ? reportedFacts(cover) : months;
}

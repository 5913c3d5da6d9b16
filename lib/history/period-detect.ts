import { formatPeriodCode, isYearInRange, type Period, type PeriodKind } from "@/lib/periods/period";

// The kind and period of a past report, from its title and summary line (folded text): "tháng 6
// năm 2023", "quý I/2019", "9 tháng đầu năm 2019", "06 tháng đầu năm 2022", "năm 2022". The plan's
// next period ("và kế hoạch công tác tháng 7", "phương hướng nhiệm vụ quý II") and the date line
// ("Trà Vinh, ngày 14 tháng 3 năm 2019") are not the period.

export interface DetectedPeriod {
  kind: PeriodKind;
  period: string;
}

interface Phrase {
  at: number;
  end: number;
  kind: PeriodKind;
  index: number;
  year: number | null;
}

const romans: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const year = (text: string | undefined) => (text ? Number(text) : null);

const phrasePatterns: { pattern: RegExp; read: (m: RegExpExecArray) => Omit<Phrase, "at" | "end"> }[] = [
  { pattern: /(?<![\d])0?9 thang dau nam(?: (\d{4}))?/g, read: (m) => ({ kind: "nine", index: 1, year: year(m[1]) }) },
  {
    pattern: /(?<![\d])(?:0?6|sau) thang (dau|cuoi) nam(?: (\d{4}))?/g,
    read: (m) => ({ kind: "half", index: m[1] === "dau" ? 1 : 2, year: year(m[2]) }),
  },
  {
    pattern: /(?<![\d])0?3 thang dau nam(?: (\d{4}))?/g,
    read: (m) => ({ kind: "quarter", index: 1, year: year(m[1]) }),
  },
  {
    pattern: /qu[yi] (iv|i{1,3}|[1-4])(?![a-z\d])(?:\s?\/\s?(\d{4})|\s+nam\s+(\d{4}))?/g,
    read: (m) => ({ kind: "quarter", index: romans[m[1]] ?? Number(m[1]), year: year(m[2] ?? m[3]) }),
  },
  {
    pattern: /thang (0?[1-9]|1[0-2])(?![\d])(?:\s?\/\s?(\d{4})|\s+nam\s+(\d{4}))?/g,
    read: (m) => ({ kind: "month", index: Number(m[1]), year: year(m[2] ?? m[3]) }),
  },
];
const yearPattern = /(?:^|[^a-z])nam (\d{4})(?!\d)/g;
const planIntro =
  /(ke hoach|phuong huong|nhiem vu|chuong trinh|du kien)( (cong tac|trong tam|cong tac trong tam|nhiem vu))?( trong)?\s*$/;
const dateLine = /ngay \d{1,2} thang \d{1,2} nam \d{4}|ngay \d{1,2}\s?\/\s?\d{1,2}\s?\/\s?\d{4}/g;

function phrasesIn(text: string): Phrase[] {
  const found: Phrase[] = [];
  for (const { pattern, read } of phrasePatterns) {
    for (const m of text.matchAll(pattern))
      found.push({ at: m.index, end: m.index + m[0].length, ...read(m as RegExpExecArray) });
  }
  // A longer phrase wins over one inside it ("9 tháng đầu năm" holds no month, but "quý I" may hold none either).
  return found
    .filter((p) => !found.some((q) => q !== p && q.at <= p.at && q.end >= p.end && q.end - q.at > p.end - p.at))
    .sort((a, b) => a.at - b.at);
}

function firstYearAfter(text: string, from: number): number | null {
  yearPattern.lastIndex = from;
  const m = yearPattern.exec(text);
  const slash = /\/\s?(\d{4})(?!\d)/.exec(text.slice(from));
  const candidates = [
    m ? { at: m.index, y: Number(m[1]) } : null,
    slash ? { at: from + slash.index, y: Number(slash[1]) } : null,
  ].filter((c) => c !== null);
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0]?.y ?? null;
}

/** The current period named in a stretch of text, its year completed from what follows. */
function periodIn(text: string, dateYear: number | null): Period | null {
  const cleaned = text.replace(dateLine, (m) => " ".repeat(m.length));
  const phrases = phrasesIn(cleaned);
  const current = phrases.find((p) => !planIntro.test(cleaned.slice(Math.max(0, p.at - 40), p.at)));
  if (!current) {
    yearPattern.lastIndex = 0;
    const m = yearPattern.exec(cleaned);
    const y = m ? Number(m[1]) : NaN;
    return isYearInRange(y) && !planIntro.test(cleaned.slice(Math.max(0, (m?.index ?? 0) - 40), m?.index ?? 0))
      ? { kind: "year", year: y, index: 1 }
      : null;
  }
  let y = current.year ?? firstYearAfter(cleaned, current.end) ?? dateYear;
  if (y === null) return null;
  const next = phrases.find((p) => p.at > current.at && p.kind === current.kind);
  // "tháng 12 và kế hoạch công tác tháng 01 năm 2024": the year written belongs to the next period.
  if (current.year === null && next && next.index < current.index) y -= 1;
  return isYearInRange(y) ? { kind: current.kind, year: y, index: current.index } : null;
}

/** The report's title region: from the line "BÁO CÁO" to the first heading, else the opening. */
function titleRegion(folded: string): string {
  const title = /(^|\n)\s*bao cao\s*(\n|$)/.exec(folded.slice(0, 4000));
  const from = title ? title.index : 0;
  const rest = folded.slice(from, from + 1200);
  const heading = /\n\s*(i|1)\.\s/.exec(rest);
  return heading ? rest.slice(0, heading.index) : rest.slice(0, 600);
}

/** The closing sentence, which names the period again: "Trên đây là kết quả công tác 9 tháng đầu năm 2019 ...". */
function closingRegion(folded: string): string {
  const at = folded.lastIndexOf("tren day la");
  return at < 0 ? "" : folded.slice(at, at + 400);
}

/** The year of the document's date line, for a title that names no year ("6 tháng đầu năm"). */
function dateLineYear(folded: string): number | null {
  const m = /ngay \d{1,2} thang \d{1,2} nam (\d{4})|ngay \d{1,2}\s?\/\s?\d{1,2}\s?\/\s?(\d{4})/.exec(
    folded.slice(0, 3000),
  );
  return m ? Number(m[1] ?? m[2]) : null;
}

export function detectPeriod(folded: string): DetectedPeriod | null {
  const dateYear = dateLineYear(folded);
  const period =
    periodIn(titleRegion(folded), dateYear) ??
    periodIn(closingRegion(folded), dateYear) ??
    periodIn(folded.slice(0, 3000), dateYear);
  return period ? { kind: period.kind, period: formatPeriodCode(period) } : null;
}

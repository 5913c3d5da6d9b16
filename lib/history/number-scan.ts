import { numberValue, scaleWords } from "./number-grammar";

// Every number of a folded report, read with its grammar (grouping, x/y, %, money, triệu/tỷ,
// approximate and estimate words) or set aside with the reason it is not a figure: dates, years,
// periods, document numbers, section numbering, ordinals and levels, names (3G, IPv6), addresses.

export type Exclusion =
  "date" | "year" | "period" | "time" | "document" | "section" | "ordinal" | "level" | "name" | "url" | "plan";

export interface NumberMention {
  /** Span in the folded text. */
  start: number;
  end: number;
  printed: string;
  /** Exact decimal string of the printed number (before triệu/tỷ). */
  value: string;
  percent: boolean;
  /** Power of ten of a following nghìn/triệu/tỷ. */
  scale: number;
  /** Followed by đồng. */
  money: boolean;
  approximate: boolean;
  estimate: boolean;
  /** "75/106": the first is the part, the second the whole; `partner` is the other's index. */
  pair: "part" | "whole" | null;
  partner: number;
  excluded: Exclusion | null;
  /** The counting word after it (units.ts), set once its words are known. */
  counting: string | null;
}

const urlPattern = /(?:https?:\/\/|www\.)[^\s<>"”)]+|<http[^>]*>/g;
const documentWords =
  /(?:^|[^a-z])(quyet dinh|nghi dinh|nghi quyet|thong tu|chi thi|cong van|ke hoach|to trinh|bao cao|thong bao|thong cao|luat|chuong trinh(?: hanh dong)?|de an|du an|giay moi|cong dien)\s*(?:so)?\s*:?\s*$|(?:^|\n)[ *]*so\s*:?\s*$/;
const ordinalWords =
  /(?:^|[^a-z])(lan thu|lan|khoa|phuong|khu vuc|giai doan|tieu chi(?: so)?|dieu|khoan|chuong|muc|tuan|dot|ky hop)\s*$/;
const levelWords = /(?:^|[^a-z])muc do\s*(?:\d+\s*(?:,|va|-)\s*)*$/;
const approximateWords = /(?:^|[^a-z])(tren duoi|tren|gan|hon|khoang|xap xi|chung)\s*$/;
const estimateBefore =
  /(?:^|[^a-z])(?<!(?:cong|dieu|quy|hiep) )uoc(?: (?:tinh|dat|thuc hien|khoang|co))?\s*(?:(?:tren duoi|tren|gan|hon|khoang) )?$/;
const estimateAfter = /^[^;.\d\n]{0,50}?\(\s*uoc/;
const scaleAfter = /^\s*(nghin|ngan|trieu|ty|ti)(?! le)\b(\s*(?:dong|vnd)\b)?/;
const moneyAfter = /^\s*(?:dong|vnd)\b/;

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}

function isDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

function urlSpans(text: string): [number, number][] {
  return [...text.matchAll(urlPattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** Why a single number is not a figure, from the words around it; null if it may be one. */
function exclusionOf(
  text: string,
  start: number,
  end: number,
  printed: string,
  value: string | null,
  countedAfter: (end: number) => boolean,
): Exclusion | null {
  const before = text.slice(Math.max(0, start - 48), start);
  const after = text.slice(end, end + 24);
  const atLineStart = /(^|\n)[ *]*$/.test(before);
  if (value === null) return atLineStart || /^\d+(\.\d+)+$/.test(printed) ? "section" : "name";
  if (atLineStart && /^(\.\d+)*[.)](\s|$)/.test(after)) return "section";
  if (isLetter(text[start - 1]) || (text[start - 1] === "-" && isLetter(text[start - 2])) || /^[a-z]/.test(after))
    return "name";
  if (/^-\d+\/\d+/.test(after)) return "date";
  if (/^\s?\/\s?[a-z]|^-[a-z]/.test(after)) return "document";
  if (/^\s*thang (dau|cuoi) nam/.test(after)) return "period";
  // Printed without a separator, a count can look like a year: "1983 hồ sơ" is one ("năm 1983 hồ sơ" not: below).
  if (/^\d{4}$/.test(printed) && Number(printed) >= 1900 && Number(printed) <= 2100 && !countedAfter(end))
    return "year";
  const number = Number(value);
  if (/(?:^|[^a-z])ngay\s*$/.test(before) && number <= 31) return "date";
  if (/(?:^|[^a-z])thang\s*$/.test(before) && number <= 12) return "date";
  if (/(?:^|[^a-z])nam\s*$/.test(before)) return "year";
  if (/(?:^|[^a-z])qu[yi]\s*$/.test(before)) return "period";
  if (/(?:^|[^a-z])gio\s*$/.test(before) || /^\s*gio\b/.test(after)) return "time";
  if (documentWords.test(before)) return "document";
  if (levelWords.test(before)) return "level";
  if (ordinalWords.test(before)) return "ordinal";
  return null;
}

function newMention(text: string, start: number, end: number): NumberMention {
  const printed = text.slice(start, end);
  return {
    start,
    end,
    printed,
    value: numberValue(printed) ?? "0",
    percent: false,
    scale: 0,
    money: false,
    approximate: false,
    estimate: false,
    pair: null,
    partner: -1,
    excluded: null,
    counting: null,
  };
}

/** Reads the words after and before a figure: %, nghìn/triệu/tỷ (đồng), trên/gần/hơn/khoảng, ước. */
function readSurroundings(text: string, mention: NumberMention, ordinalBefore: (start: number) => boolean): void {
  const after = text.slice(mention.end, mention.end + 48);
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  mention.percent = /^\s?%/.test(after);
  const scaled = scaleAfter.exec(after);
  if (scaled) {
    mention.scale = scaleWords[scaled[1]];
    mention.money = Boolean(scaled[2]);
  } else mention.money = moneyAfter.test(after);
  mention.approximate = approximateWords.test(before);
  mention.estimate = estimateBefore.test(before) || estimateAfter.test(after);
  if (!mention.excluded && ordinalBefore(mention.start)) mention.excluded = "ordinal";
}

/**
 * Every number of the folded text in order. `ordinalBefore` tells whether the original text has
 * "thứ" right before a position (folded, it is "thu" as in "thu hồi"); `countedAfter` whether a
 * counting word (units.ts) follows a position.
 */
export function scanNumbers(
  text: string,
  ordinalBefore: (start: number) => boolean = () => false,
  countedAfter: (end: number) => boolean = () => false,
): NumberMention[] {
  const mentions: NumberMention[] = [];
  const urls = urlSpans(text);
  const token = /\d+(?:[.,]\d+)*/g;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    const start = match.index;
    let end = start + match[0].length;
    if (/^\d{1,3}$/.test(match[0]) && !/^0\d/.test(match[0])) {
      for (
        let group = /^ \d{3}(?![\d]|[.,]\d|\s?\/)/.exec(text.slice(end, end + 6));
        group;
        group = /^ \d{3}(?![\d]|[.,]\d|\s?\/)/.exec(text.slice(end, end + 6))
      )
        end += 4;
    }
    token.lastIndex = end;
    if (urls.some(([from, to]) => start >= from && start < to)) {
      mentions.push({ ...newMention(text, start, end), excluded: "url" });
      continue;
    }
    const date = /^\d{1,2}\s?\/\s?\d{1,2}\s?\/\s?\d{2,4}(?!\d)/.exec(text.slice(start, start + 16));
    if (date) {
      mentions.push({ ...newMention(text, start, start + date[0].length), excluded: "date" });
      token.lastIndex = start + date[0].length;
      continue;
    }
    const documentCode = /^\s?\/\s?\d+(?:\s?\/\s?\d+)*\s?[/-]\s?[a-z]\S*/.exec(text.slice(end, end + 80));
    if (documentCode) {
      mentions.push({ ...newMention(text, start, end), excluded: "document" });
      token.lastIndex = end + documentCode[0].length;
      continue;
    }
    const first = newMention(text, start, end);
    first.excluded = exclusionOf(text, start, end, first.printed, numberValue(first.printed), countedAfter);
    // "ngày 14/3", "quý 1/2019": the whole of it is set aside.
    const rest = first.excluded ? /^\/\d+/.exec(text.slice(end, end + 8)) : null;
    if (rest) {
      mentions.push({ ...first, end: end + rest[0].length, printed: text.slice(start, end + rest[0].length) });
      token.lastIndex = end + rest[0].length;
      continue;
    }
    // "128/489", and as a draft prints an estimate: "128 (ước)/489".
    const slash = /^((?: ?\(uoc\))?\/)(\d+(?:[.,]\d+)*)/.exec(text.slice(end, end + 28));
    if (slash && !first.excluded) {
      const second = newMention(text, end + slash[1].length, end + slash[1].length + slash[2].length);
      token.lastIndex = second.end;
      const [a, b] = [Number(first.value), Number(second.value)];
      const dateContext = /(?:^|[^a-z])(ngay|tu|den|vao|le|dip|hom)\s*$/.test(
        text.slice(Math.max(0, start - 12), start),
      );
      // "6/2019" is a month of a year; "2501/2741" (printed without separators) is a pair.
      const period = /^\d{4}$/.test(second.printed) && b >= 1900 && b <= 2100 && a >= 1 && a <= 12;
      const reason: Exclusion | null = period ? "period" : isDayMonth(a, b) && (a > b || dateContext) ? "date" : null;
      if (reason) {
        mentions.push({ ...first, end: second.end, printed: text.slice(start, second.end), excluded: reason });
        continue;
      }
      first.pair = "part";
      second.pair = "whole";
      first.partner = mentions.length + 1;
      second.partner = mentions.length;
      readSurroundings(text, first, ordinalBefore);
      readSurroundings(text, second, ordinalBefore);
      second.approximate ||= first.approximate;
      second.estimate ||= first.estimate;
      mentions.push(first, second);
      continue;
    }
    readSurroundings(text, first, ordinalBefore);
    mentions.push(first);
  }
  return mentions;
}

/** Whether the original text has "thứ" right before a folded position (folded, it is "thu" as in "thu hồi"). */
export function ordinalWordBefore(original: string, origin: Int32Array): (start: number) => boolean {
  return (start) => /thứ\s*$/iu.test(original.slice(Math.max(0, origin[start] - 8), origin[start]));
}

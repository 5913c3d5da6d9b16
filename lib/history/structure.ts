import type { NumberMention } from "./number-scan";
import type { Token } from "./tokens";

// The parts of a report that hold no figures of its period: the plan for the next period (a
// top-level heading "III. KẾ HOẠCH CÔNG TÁC THÁNG 7", "III. Phương hướng nhiệm vụ quý II") and,
// after it, the closing sentence and the recipients.

const romanHeading = /(^|\n)[ *]*(i|ii|iii|iv|v|vi|vii|viii|ix|x)\s*[.:/-]\s*([^\n]*)/g;
const planWords = /(ke hoach|phuong huong|nhiem vu|chuong trinh cong tac|du kien)/;

/** Where the plan section starts in the folded text (its length when there is none). */
export function planStart(folded: string): number {
  for (const m of folded.matchAll(romanHeading)) {
    const heading = m[3];
    if (heading.length < 160 && planWords.test(heading) && !/ket qua|danh gia/.test(heading))
      return m.index + m[1].length;
  }
  const closing = folded.lastIndexOf("tren day la");
  return closing >= 0 ? closing : folded.length;
}

/** Numbers in the plan and after it are not figures of the period. */
export function excludePlan(mentions: NumberMention[], from: number): void {
  for (const mention of mentions) if (mention.start >= from && !mention.excluded) mention.excluded = "plan";
}

/** For each token, the folded span of its sentence (between stops: ".", a paragraph, a bullet). */
export function sentenceSpans(tokens: Token[], textLength: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = new Array(tokens.length);
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i].kind !== "stop") continue;
    const start = from < tokens.length ? tokens[from].start : textLength;
    const end = i < tokens.length ? tokens[i].end : textLength;
    for (let j = from; j < Math.min(i + 1, tokens.length); j++) spans[j] = { start, end };
    from = i + 1;
  }
  return spans;
}

import type { NumberMention } from "./number-scan";
import { maxScanTokens, type Token } from "./tokens";

// A total's breakdown: the parenthesis that follows its phrase ("577 cơ quan (cấp tỉnh: 139, cấp
// huyện: 332, cấp xã: 106)") or what follows "trong đó", "gồm", "cụ thể" up to the sentence's end.
// The numbers in it, outside any deeper parenthesis, are read as the total's parts.

/** How many words may stand between a total and its breakdown. */
const maxLead = 14;

function isLeadWords(tokens: Token[], at: number): number {
  const word = (i: number) => (tokens[i]?.kind === "word" ? tokens[i].text : "");
  if (word(at) === "trong" && word(at + 1) === "do") return 2;
  if (word(at) === "bao" && word(at + 1) === "gom") return 2;
  if (word(at) === "cu" && word(at + 1) === "the") return 2;
  if (word(at) === "gom") return 1;
  return 0;
}

/** Token indexes of the numbers in the breakdown that follows the total at token `at`. */
export function breakdownMentions(tokens: Token[], mentions: NumberMention[], at: number): number[] {
  const partner = mentions[tokens[at].mention].partner;
  let words = 0;
  let from = -1;
  let inParenthesis = false;
  for (let i = at + 1; i < tokens.length && words <= maxLead; i++) {
    const token = tokens[i];
    if (token.mention === partner && partner >= 0) continue;
    // "11 tin, bài; trong đó đăng 05 tin tổng hợp, 02 tin ..."
    if (token.kind === "clause" && isLeadWords(tokens, i + 1)) {
      from = i + 1 + isLeadWords(tokens, i + 1);
      break;
    }
    if (token.kind === "stop" || token.kind === "clause" || token.kind === "close") return [];
    if (token.kind === "number" && mentions[token.mention].excluded === null) return [];
    if (token.kind === "open") {
      from = i + 1;
      inParenthesis = true;
      break;
    }
    const lead = isLeadWords(tokens, i);
    if (lead) {
      from = i + lead;
      break;
    }
    if (token.kind === "word") words++;
  }
  if (from < 0) return [];
  const found: number[] = [];
  let depth = 0;
  for (let i = from; i < tokens.length && i < from + maxScanTokens; i++) {
    const token = tokens[i];
    if (token.kind === "open") depth++;
    else if (token.kind === "close") {
      if (depth === 0) break;
      depth--;
    } else if (token.kind === "stop" && (depth === 0 || !inParenthesis)) break;
    else if (token.kind === "number" && depth === 0) {
      const mention = mentions[token.mention];
      if (mention.excluded === null && mention.pair !== "whole") found.push(i);
    }
  }
  return found;
}

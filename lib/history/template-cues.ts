import type { CatalogIndicator } from "@/lib/catalog/types";
import { parseTemplate, statingFormatters, type TemplateNode } from "@/lib/reports/template";
import { foldPhrase } from "./fold";
import { isLevelWord, phraseWords } from "./tokens";
import type { Cue } from "./types";

// A report template read backwards: each number slot becomes a cue, the template's words right
// before it (up to the previous slot) and right after it (up to the next). "{a}[/{b}] xã có điểm
// phục vụ" pairs b with a as the whole of "a/b"; a slot inside the clause of its total's slot
// ("{total} cơ quan[ (cấp tỉnh: {part}...)]") is a part, read only among its total's parts.

type Item = { text: string } | { slot: string; stating: boolean; percent: boolean } | { bracket: "open" | "close" };

const leftWords = 6;
const rightWords = 8;

function flatten(nodes: TemplateNode[], items: Item[] = []): Item[] {
  for (const node of nodes) {
    if ("text" in node) items.push({ text: node.text });
    else if ("clause" in node) {
      items.push({ bracket: "open" });
      flatten(node.clause, items);
      items.push({ bracket: "close" });
    } else
      items.push({
        slot: node.indicator,
        stating: statingFormatters.has(node.formatter),
        percent: node.formatter === "pct",
      });
  }
  return items;
}

/**
 * The template's text from item `from` in a direction, up to the next slot (whose index it gives),
 * a ";" or "." (a number's context stops there too), or a clause's bracket once it holds words.
 * Going left past the separator of a run of clauses, it reads the run's head instead: in "tham mưu
 * ban hành [{a} quyết định][, {b} kế hoạch]" b reads "tham mưu ban hành" as a does.
 */
function literal(items: Item[], from: number, direction: 1 | -1): { text: string; slot: number } {
  let text = "";
  let skipping = 0;
  for (let i = from; i >= 0 && i < items.length; i += direction) {
    const item = items[i];
    if (skipping > 0) {
      if ("bracket" in item) skipping += item.bracket === "close" ? 1 : -1;
      continue;
    }
    if ("slot" in item) return { text, slot: i };
    if ("bracket" in item) {
      const separatorOnly = text.trim() !== "" && text.trim() !== "/" && !/\p{L}/u.test(text);
      if (direction === -1 && separatorOnly && item.bracket === "open") {
        text = "";
        continue;
      }
      if (direction === -1 && text.trim() === "" && item.bracket === "close") {
        skipping = 1;
        continue;
      }
      // Past its own clause's bracket a slot reads on ("có [{a} cột"), not past a sibling's separator.
      if (text.trim() && text.trim() !== "/") break;
      continue;
    }
    const parts = item.text.split(/;|\.(?=\s|$)/);
    if (parts.length > 1) return { text: direction === 1 ? text + parts[0] : parts[parts.length - 1] + text, slot: -1 };
    text = direction === 1 ? text + item.text : item.text + text;
  }
  return { text, slot: -1 };
}

const words = (text: string) => phraseWords(foldPhrase(text));

export interface TemplateCues {
  cues: Cue[];
  /** "a/b" slots: the whole that b states for a part a. */
  partners: [string, string][];
}

export function templateCues(template: string, catalog: Map<string, CatalogIndicator>): TemplateCues {
  const parsed = parseTemplate(template, new Set(catalog.keys()));
  if (!parsed.ok) return { cues: [], partners: [] };
  const items = flatten(parsed.nodes);
  const cues: Cue[] = [];
  const partners: [string, string][] = [];
  const earlier = new Set<string>();
  const firstSlot = items.findIndex((item) => "slot" in item);
  const topic = words(
    items
      .slice(0, firstSlot)
      .flatMap((item) => ("text" in item ? [item.text] : []))
      .join(" "),
  );
  const levelSentence = topic.some(isLevelWord);
  items.forEach((item, at) => {
    if (!("slot" in item)) return;
    const slotsBefore = new Set(earlier);
    earlier.add(item.slot);
    if (!item.stating) return;
    const left = literal(items, at - 1, -1);
    // The whole of "a/b": read through its part.
    if (left.text.trim() === "/" && left.slot >= 0) return;
    let right = literal(items, at + 1, 1);
    const whole = right.slot >= 0 ? items[right.slot] : null;
    if (right.text.trim() === "/" && whole && "slot" in whole && whole.stating) {
      partners.push([item.slot, whole.slot]);
      right = literal(items, right.slot + 1, 1);
    }
    let partOf: string | null = null;
    // A level's sentence (mức độ 3) states each figure in its own clause, with or without its total.
    for (
      let code = catalog.get(item.slot)?.parent ?? null;
      code && !partOf && !levelSentence;
      code = catalog.get(code)?.parent ?? null
    )
      if (slotsBefore.has(code)) partOf = code;
    cues.push({
      indicator: item.slot,
      source: "template",
      left: words(left.text).slice(-leftWords),
      right: words(right.text).slice(0, rightWords),
      partOf,
      negative: false,
      adjacentLeft: false,
      topic,
    });
  });
  return { cues, partners };
}

import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { defaultSections } from "@/lib/reports/templates/default-sections";
import { periodKinds } from "@/lib/periods/period";
import { foldPhrase } from "./fold";
import { templateCues } from "./template-cues";
import { isLevelWord, phraseWords } from "./tokens";
import type { Cue, CueSource, OrganisationAlias } from "./types";

// Cues: the words that say which indicator a number states, on its left and its right. They come
// from the report templates (read backwards), the organisation's own aliases, the catalog's aliases
// and the indicator's names. An alias "cột treo cáp" is read "# cột treo cáp" and "cột treo cáp: #";
// "#" places the number ("cấp tỉnh: #", "Voso.vn (# hộ)"); "!..." says what the indicator is not
// ("!dịch vụ công trực tuyến mức độ").

const words = (text: string) => phraseWords(foldPhrase(text));

/** The cues of one alias (or name) of an indicator. */
export function phraseCues(indicator: string, phrase: string, source: CueSource): Cue[] {
  const negative = phrase.trim().startsWith("!");
  const text = negative ? phrase.trim().slice(1) : phrase;
  const base = { indicator, source, partOf: null, negative, adjacentLeft: false, topic: [] };
  if (text.includes("#")) {
    const [left, right] = text.split("#", 2);
    return [{ ...base, left: words(left), right: words(right) }];
  }
  const all = words(text);
  if (!all.length) return [];
  if (negative)
    return [
      { ...base, left: [], right: all },
      { ...base, left: all, right: [] },
    ];
  return [
    { ...base, left: [], right: all },
    { ...base, left: all, right: [], adjacentLeft: true },
  ];
}

/** Every default sentence of every kind of report, with the commune wording of before and after 2025-07. */
function defaultTemplates(): string[] {
  const sentences = periodKinds.flatMap((kind) =>
    [...defaultSections(kind), ...defaultSections(kind, 209912)].flatMap((s) => s.sentences),
  );
  return [...new Set(sentences)];
}

export interface CueSources {
  catalog: CatalogIndicator[];
  templates?: string[];
  aliases?: OrganisationAlias[];
}

/** All cues of a catalog, and the wholes of "a/b" pairs (templates' "{a}[/{b}]" and ratios' parts). */
export function collectCues({ catalog, templates = [], aliases = [] }: CueSources): {
  cues: Cue[];
  partners: Map<string, string>;
} {
  const byCode = new Map(catalog.map((i) => [i.code, i]));
  const cues: Cue[] = [];
  const partners = new Map<string, string>();
  for (const indicator of catalog) {
    if (indicator.kind === "ratio" && indicator.numerator && indicator.denominator)
      partners.set(indicator.numerator, indicator.denominator);
    if (isDerived(indicator.kind)) continue;
    for (const name of [indicator.nameVi, ...indicator.formerNames.map((n) => n.nameVi)])
      cues.push(...phraseCues(indicator.code, name, "name"));
    for (const alias of indicator.aliases) cues.push(...phraseCues(indicator.code, alias, "alias"));
  }
  for (const alias of aliases)
    if (byCode.has(alias.indicator)) cues.push(...phraseCues(alias.indicator, alias.phrase, "organisation"));
  for (const template of [...new Set([...templates, ...defaultTemplates()])]) {
    const read = templateCues(template, byCode);
    cues.push(...read.cues.filter((c) => !isDerived(byCode.get(c.indicator)!.kind)));
    for (const [part, whole] of read.partners) partners.set(part, whole);
  }
  const seen = new Set<string>();
  const unique = cues.filter((c) => {
    const key = JSON.stringify([c.indicator, c.source, c.left, c.right, c.partOf, c.negative, c.adjacentLeft]);
    if (seen.has(key) || (!c.left.length && !c.right.length)) return false;
    seen.add(key);
    return true;
  });
  return { cues: unique, partners };
}

/**
 * In a sentence of one level of online services, the indicators stated after one the catalog gives
 * no parts: what its breakdown may hold ("mức độ 3: 616 dịch vụ (trực tiếp 41 209 hồ sơ, trực
 * tuyến 498 hồ sơ)": dossiers are no part of services, but the level's sentence states them).
 */
export function sentenceFollowers({ catalog, templates = [] }: CueSources): Map<string, Set<string>> {
  const hasParts = new Set(catalog.flatMap((i) => (i.parent ? [i.parent] : [])));
  const followers = new Map<string, Set<string>>();
  for (const template of new Set([...templates, ...defaultTemplates()])) {
    if (!words(template.replace(/\{[^}]*\}/g, " ")).some(isLevelWord)) continue;
    const slots = [...template.matchAll(/\{([a-z0-9_.]+)(?:\|[a-z0-9_]+)?\}/g)].map((m) => m[1]);
    slots.forEach((slot, i) => {
      if (hasParts.has(slot)) return;
      for (const next of slots.slice(i + 1))
        if (next !== slot) followers.set(slot, (followers.get(slot) ?? new Set()).add(next));
    });
  }
  return followers;
}

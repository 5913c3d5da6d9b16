import { z } from "zod";
import { parsePeriod, periodKinds } from "@/lib/periods/period";
import type { SectionTemplate } from "./types";

// Inputs of the templates editor (Quản trị → Mẫu báo cáo): the form that saves a kind's sections
// and the preview of a section's sentences against a period. Pure: shared by the form and the actions.

/** A textarea's sentence templates: one per line, blank lines dropped. */
export function sentenceLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

const commaList = (text: string) =>
  text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

const sectionForm = z.object({
  key: z.string().trim().max(80),
  heading: z.string().trim().max(300),
  fields: z.string().max(2_000).transform(commaList),
  sentences: z.string().max(200_000).transform(sentenceLines),
});

/** Sections without a heading are dropped; a section without a key, or with one already used, gets its own; `at` is its place on the form. */
function keyedSections(sections: z.infer<typeof sectionForm>[]): (SectionTemplate & { at: number })[] {
  const used = new Set<string>();
  return sections
    .map((s, i) => ({ ...s, key: s.key || `section-${i}`, at: i }))
    .filter((s) => s.heading)
    .map((s, i) => {
      const key = used.has(s.key) ? `${s.key}-${i + 1}` : s.key;
      used.add(key);
      return { ...s, key };
    });
}

/** The templates form: a kind and its sections, in order. */
export const templatesFormInput = z.object({
  kind: z.enum(periodKinds),
  sections: z.array(sectionForm).max(60).transform(keyedSections),
});

/** What the templates form posts, per section `key.N`, `heading.N`, `fields.N` (comma-separated) and `sentences.N` (one per line), for `templatesFormInput`. */
export function templatesFormValues(form: FormData): { kind: unknown; sections: Record<string, unknown>[] } {
  const indexes = [...form.keys()]
    .filter((k) => /^heading\.\d+$/.test(k))
    .map((k) => Number(k.slice("heading.".length)))
    .sort((a, b) => a - b);
  const value = (name: string) => form.get(name) ?? "";
  return {
    kind: form.get("kind"),
    sections: indexes.map((i) => ({
      key: value(`key.${i}`),
      heading: value(`heading.${i}`),
      fields: value(`fields.${i}`),
      sentences: value(`sentences.${i}`),
    })),
  };
}

/** A section's sentences as typed, to fill with the figures of a period of the tab's kind. */
export const previewInput = z
  .object({
    kind: z.enum(periodKinds),
    period: z.string().trim().max(10),
    sentences: z.array(z.string().max(5_000)).max(300),
  })
  .refine((input) => parsePeriod(input.period)?.kind === input.kind, { path: ["period"] });

export interface NamedIndicator {
  code: string;
  /** The indicator's Vietnamese name, as reports name it. */
  name: string;
}

/** One sentence of a preview: printed, flagged, left out, or refused with the positions of its errors. */
export type SentencePreview =
  | { outcome: "filled"; text: string; states: NamedIndicator[] }
  | { outcome: "flagged"; text: string; missing: NamedIndicator[]; states: NamedIndicator[] }
  | { outcome: "left_out" }
  | { outcome: "invalid"; errors: string[] };

import type { templateErrorMessages as vi } from "../vi/templates";
import type { templatesMessages as viTemplates } from "../vi/templates";

export const templateErrorMessages: typeof vi = {
  at: "position {position}: {what}",
  unknown_indicator: 'no indicator "{token}"',
  unknown_formatter: 'no formatter "{token}"',
  unclosed: "missing }",
  empty: "empty placeholder {}",
  unclosed_clause: "missing ] closing the optional part",
  unopened_clause: "] without an opening [",
  empty_clause: "optional part {token} has no figure",
  noField: '{section}. {heading}: no field "{field}"',
  inSentence: "{section}. {heading}, sentence {sentence}, {error}",
};

export const templatesMessages: typeof viTemplates = {
  templates: {
    title: "Report templates",
    help: "Each section is a part of the report (I. Results). One sentence template per line; figures are written {indicator code} or {indicator code|formatter}.",
    formatters: "Formatters",
    kind: "Kind of report",
    kinds: {
      month: "Monthly report",
      quarter: "Quarterly report",
      half: "Six-month report",
      nine: "Nine-month report",
      year: "Annual report",
    },
    defaultsNote: "These are the default templates of this kind of report. Saving makes them your organisation's own.",
    customNote: "Your organisation uses its own templates for this kind of report.",
    syntaxTitle: "How to write sentence templates",
    syntaxPlaceholders:
      "A figure is written {indicator code}, e.g. {tel.bts}; to print it another way add a formatter after |, e.g. {tel.bts|vs_last_year}.",
    syntaxClauses:
      "A part in [ ] is optional: it prints only when its own figures are there. Optional parts nest; a part made only of other parts prints when one of them does. In a run of adjacent parts the first one printed takes the run's separator, so no stray ;  , () or “trong đó:” is left.",
    syntaxRequired:
      "Figures outside [ ] are required: when all are missing the sentence is left out; when only some are, it is flagged in the draft and not printed until edited.",
    syntaxEscape: "To print the characters [ ] { } themselves, write \\[ \\] \\{ \\}.",
    example: "Example",
    exampleAll: "With every figure:",
    exampleSome: "With only {names}:",
    exampleNone: "With no figure: the sentence is left out.",
    formatterMeanings: {
      value: "(default) the figure written the Vietnamese way (1.222; 31.888,142), with “(ước)” on estimates",
      pad2: "like value, with a leading zero on whole numbers under 10 (05)",
      pct: "the figure with a % sign (98,5%)",
      money: "an amount in the organisation's wording (đồng, triệu đồng or tỷ đồng)",
      vs_last_year: "up or down by how much against the same period last year; not printed without last year's figure",
      vs_previous: "up or down by how much against the previous period; not printed without its figure",
      vs_target: "the share of the year's target reached; not printed without a target",
    },
    preview: "Preview",
    previewPeriod: "Preview with the figures of",
    previewSentence: "Sentence {n}",
    previewLeftOut: "left out (no figure)",
    previewFlagged: "flagged, missing: {names}",
    previewStates: "Figures stated: {names}",
    previewInvalid: "error",
    previewEmpty: "No sentence to preview.",
    heading: "Section heading",
    fields: "Fields (codes, comma-separated)",
    sentences: "Sentence templates (one per line)",
    newSection: "Add a section",
    save: "Save templates",
    reset: "Restore the default templates",
  },
};

import type { templateErrorMessages as vi } from "../vi/templates";

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

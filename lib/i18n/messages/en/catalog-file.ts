import type { catalogFileMessages as vi } from "../vi/catalog-file";

export const catalogFileMessages: typeof vi = {
  code: "invalid code (lower-case letters, digits, _ and .)",
  month: "invalid month (YYYY, YYYY-MM or YYYY-MM-DD)",
  firstDay: "a start date must be the first day of its month",
  lastDay: "an end date must be the last day of its month",
  decimals: "decimals must be from 0 to 6",
  duplicate: "code {code} appears twice",
  unknownField: "field {field} is not in the fields file",
  unknownIndicator: "indicator {code} does not exist",
  needsInputs: "a {kind} indicator needs a numerator and a denominator",
  noInputs: "a {kind} indicator has no numerator or denominator",
  partKind: "a part must be of the same kind as its total {parent}",
  partFrequency: "a part must be reported as often as its total {parent}",
  activeOrder: "active_from is after active_to",
  twoNames: "{code} has two names until the same month",
};

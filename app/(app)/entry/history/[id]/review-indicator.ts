/** An indicator as the review offers it: for choosing the indicator of a figure, by field. */
export interface ReviewIndicator {
  code: string;
  field: string;
  fieldName: string;
  name: string;
  unit: string;
}

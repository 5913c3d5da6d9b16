/** A figure of a submission, as it stood when sent: the exact decimal and whether it was an estimate. */
export interface FrozenFigure {
  value: string;
  estimate: boolean;
}

import type { ImportCandidate } from "./types";

// How sure a reading is, and which readings the review accepts before anyone looks: the best of
// its indicator, stated exactly (not "khoảng", "trên"...) and sure enough. Every other reading is
// a suggestion the reviewer must tick. A wrong value accepted by default is the worst outcome (it
// is saved unless someone notices), so doubt sends a reading to the reviewer.

/** The confidence a reading needs to be accepted by default. */
export const confidenceThreshold = 0.7;

/** Why a reading is in doubt. */
export interface Doubts {
  /** Another number of the same sentence counts the same thing ("01 pano … và 01 pano"): the figure may be their sum. */
  inPieces: boolean;
  /** Another reading of the same indicator fits about as well. */
  contested: boolean;
  /** The words around it fit its indicator's cues only loosely. */
  looseFit: boolean;
}

/** A reading's confidence, from 0 to 1: 1 when nothing is in doubt. */
export function confidenceOf({ inPieces, contested, looseFit }: Doubts): number {
  return Math.min(1, inPieces ? 0.4 : 1, contested ? 0.6 : 1, looseFit ? 0.6 : 1);
}

/** Whether the review accepts a candidate by default (a reading stored before confidences were kept counts as sure). */
export function acceptedByDefault(
  candidate: Pick<ImportCandidate, "best" | "approximate"> & { confidence?: number },
): boolean {
  return candidate.best && !candidate.approximate && (candidate.confidence ?? 1) >= confidenceThreshold;
}

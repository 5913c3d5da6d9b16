import "server-only";
import { findFields } from "@/lib/catalog/data";
import { getOrganisation } from "@/lib/org/data";
import { addMonths, monthOf, monthsBetween } from "@/lib/periods/period";
import { findCompleteness } from "./data";

// The completeness board's data: six months ending with the one asked (the month before today
// unless one is), newest first, each unit's figures, submissions and locks, and the field each
// unit's cell opens (its first in the catalog's order).

export async function getCompletenessBoard({
  organisationId,
  month,
  today = new Date(),
}: {
  organisationId: string;
  /** A year-month (202611); the month before today when absent. */
  month?: number;
  today?: Date;
}) {
  const last = month ?? addMonths(monthOf(today), -1);
  const months = monthsBetween(addMonths(last, -5), last).reverse();
  const [organisation, board, fields] = await Promise.all([
    getOrganisation({ organisationId }),
    findCompleteness({ organisationId, months }),
    findFields(),
  ]);
  const order = fields.map((f) => f.code);
  const firstFields = new Map(
    board.units.map((unit) => [
      unit.id,
      unit.fields.map((f) => f.fieldCode).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0],
    ]),
  );
  return { organisation, months, board, firstFields };
}

import "./load-env"; // first: .env and its check, before any module reads the environment
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { openDatabase } from "@/lib/db/connection";
import { migrateWithBackup } from "@/lib/db/migrate-with-backup";
import { exitOnRefusal } from "@/lib/db/refusal";
import { provinces } from "@/lib/org/provinces";
import { placeProvincesUnder } from "@/lib/org/tree";

// npm run org:tree -- --ministry bo-khcn [--as vinh-long-skhcn=tra-vinh-stttt ...]: puts the 34
// provinces' departments under the ministry's organisation (created with npm run org:create),
// creating those not there yet; `--as` names a department that exists under another code.

const usage = "npm run org:tree -- --ministry <code> [--as <province-code>=<existing-code> ...]";
const { values } = parseArgs({
  options: { ministry: { type: "string" }, as: { type: "string", multiple: true, default: [] } },
});
const standIns = Object.fromEntries(values.as.map((pair) => pair.split("=")));
const known = new Set(provinces.map((p) => p.code));
const unknown = Object.keys(standIns).filter((code) => !known.has(code));
if (!values.ministry || unknown.length) {
  console.error(
    unknown.length ? `Not a province's code: ${unknown.join(", ")} (codes: ${[...known].join(", ")})` : usage,
  );
  process.exit(2);
}

const database = await openDatabase().catch(exitOnRefusal);
try {
  await migrateWithBackup(database);
  const ministry = await db().organisation.findUnique({ where: { code: values.ministry }, select: { id: true } });
  if (!ministry) throw new Error(`No organisation ${values.ministry}: create it first with npm run org:create.`);
  const missing = await db().organisation.findMany({
    where: { code: { in: Object.values(standIns) } },
    select: { code: true },
  });
  const absent = Object.values(standIns).filter((code) => !missing.some((o) => o.code === code));
  if (absent.length) throw new Error(`No organisation ${absent.join(", ")}.`);
  const created = await placeProvincesUnder({ parentId: ministry.id, standIns });
  console.log(`${provinces.length} departments report to ${values.ministry}; ${created} created.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}

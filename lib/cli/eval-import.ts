import "./load-env"; // first: .env and its check, before any module reads the environment
import { loadCatalogFiles } from "@/lib/catalog/load-files";
import { combineMeasures, measureReading, measureTable, type Measure } from "@/lib/history/evaluate";
import { createReportReader, readReport } from "@/lib/history/reader";
import { roundTripDrafts } from "@/lib/history/round-trip";
import { loadSeedCases, thirtyPages } from "@/lib/history/seed-keys";
import { textFromFile } from "@/lib/history/text-from-file";

// npm run eval:import [-- --drafts 60 --verbose]: reads the three real reports against their answer
// keys and a round trip of drafts the product composes itself, and prints precision, recall and
// the time to read (median of three readings) as a table.

const argument = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const draftCount = process.argv.includes("--drafts") ? Number(argument("--drafts")) : 60;
const verbose = process.argv.includes("--verbose");

const { indicators: catalog } = await loadCatalogFiles();
const seeds = loadSeedCases();
// Compiling the cues happens once per catalog; it is timed apart from reading.
let started = performance.now();
createReportReader({ catalog });
const compileMs = performance.now() - started;

/** The result of a reading and its median time over three runs (this machine's speed moves from one second to the next). */
function timed<T>(read: () => T): [T, number] {
  const times: number[] = [];
  let result: T | undefined;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    result = read();
    times.push(performance.now() - start);
  }
  return [result!, times.sort((a, b) => a - b)[1]];
}

const measures: Measure[] = [];
for (const seed of seeds) {
  const [result, ms] = timed(() => readReport(seed.text, { catalog }));
  measures.push(measureReading(seed.name, seed.key, result, ms));
}
measures.push(combineMeasures("seeds together", measures.slice()));

started = performance.now();
const drafts = await roundTripDrafts(catalog, draftCount);
const composeMs = performance.now() - started;
const draftMeasures: Measure[] = [];
for (const draft of drafts) {
  const text = await textFromFile("draft.docx", draft.docx);
  if (!text.ok) throw new Error(`${draft.name}: ${text.reason}`);
  const [result, ms] = timed(() => readReport(text.text, { catalog, templates: draft.templates }));
  draftMeasures.push(measureReading(draft.name, draft.key, result, ms));
}
measures.push(combineMeasures(`round trip (${drafts.length} drafts)`, draftMeasures));

const long = thirtyPages(seeds);
const [, longMs] = timed(() => readReport(long, { catalog }));

console.log(measureTable(measures));
console.log(`\nA 30-page report (${long.length.toLocaleString("vi")} characters): read in ${longMs.toFixed(0)} ms (median of three). Compiling the catalog's cues: ${compileMs.toFixed(0)} ms, once per catalog. Composing the drafts: ${composeMs.toFixed(0)} ms.`);
for (const m of verbose ? measures : []) {
  for (const miss of m.misses) console.log(`missed  ${m.name}: ${miss}`);
  for (const extra of m.extras) console.log(`extra   ${m.name}: ${extra}`);
}

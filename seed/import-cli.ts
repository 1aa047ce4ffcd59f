/**
 * `npm run import -- <file.json | directory with nodes.csv and relationships.csv> [--batch-size <n>]`:
 * validates the whole input against the meta-model first; on any problem prints every one with its location,
 * writes nothing and exits non-zero. Writes through the online loader into the running (or started) Neo4j.
 *
 * `npm run import -- --initial <file | directory>`: the initial load of an empty local Neo4j through Neo4j's
 * offline import tool (validated the same way, in the same pass that writes the tool's CSV). Refused against a
 * remote NEO4J_URI, a local Neo4j running in another process, and a database that already holds an estate.
 */
import { existsSync } from "node:fs";
import { readDbConfig } from "../server/db/index.ts";
import { DEFAULT_BATCH_SIZE } from "../server/import/index.ts";
import type { ImportProblem } from "../server/import/index.ts";
import { intOption, parseArgs } from "./cli-args.ts";
import { runTask, withDatabase } from "./connect.ts";
import { openDocumentSource } from "./import/file-source.ts";
import { importFile } from "./import/import-file.ts";
import { writeValidated } from "./import/write-validated.ts";
import { offlineLoad } from "./offline/offline-load.ts";
import { printOfflineSummary } from "./offline/summary.ts";
import { progressReporter } from "./progress.ts";

const USAGE =
  "Usage: npm run import -- <file.json | directory of CSV> [--batch-size <n>]   |   npm run import -- --initial <file.json | directory of CSV>";

const { options, positional } = parseArgs(process.argv.slice(2));
const initial = options.get("initial");
const path = positional[0] ?? (typeof initial === "string" ? initial : undefined);
if (!path || options.has("help")) {
  console.log(USAGE);
  process.exit(path ? 0 : 1);
}
if (!existsSync(path)) {
  console.error(
    `${path} does not exist: give a .json file or a directory holding nodes.csv and relationships.csv.`,
  );
  process.exit(1);
}
const batchSize = intOption(options, "batch-size", DEFAULT_BATCH_SIZE);

/** Relationships accepted under a replaced name: the first 20, then how many more. */
function printWarnings(warnings: readonly ImportProblem[]): void {
  for (const w of warnings.slice(0, 20)) console.warn(`  warning ${w.location} ${w.code}: ${w.message}`);
  if (warnings.length > 20) console.warn(`  … and ${warnings.length - 20} more warnings like these.`);
}
const config = readDbConfig();

if (initial !== undefined) {
  await runTask(async () => {
    console.error(
      `Offline path: --initial loads ${path} into the empty local Neo4j with Neo4j's import tool.`,
    );
    const summary = await offlineLoad({
      config,
      target: "empty-only",
      log: (line) => process.stderr.write(`${line}\n`),
      write: async (csv) => {
        printWarnings((await writeValidated(openDocumentSource(path), csv)).warnings);
      },
    });
    printOfflineSummary(summary);
  });
} else {
  await withDatabase(async (driver) => {
    const result = await importFile(driver, {
      ...(config.database ? { database: config.database } : {}),
      path,
      batchSize,
      onProgress: progressReporter(),
    });
    printWarnings(result.warnings);
    if (!result.ok) {
      console.error(`${path}: ${result.problems.length} problem(s); nothing was written.`);
      for (const p of result.problems) {
        console.error(`  ${p.location}${p.field ? ` [${p.field}]` : ""} ${p.code}: ${p.message}`);
      }
      process.exitCode = 2;
      return;
    }
    console.log(
      `Imported ${result.nodesWritten} nodes and ${result.relationshipsWritten} relationships from ${path}.`,
    );
  }, config);
}

/**
 * `npm run import -- <file.json | directory with nodes.csv and relationships.csv> [--batch-size <n>]`:
 * validates the whole input against the meta-model first; on any problem prints every one with its location,
 * writes nothing and exits non-zero.
 */
import { existsSync } from "node:fs";
import { intOption, parseArgs } from "./cli-args.ts";
import { withDatabase } from "./connect.ts";
import { importFile } from "./import/import-file.ts";
import { DEFAULT_BATCH_SIZE } from "./loader.ts";
import { progressReporter } from "./progress.ts";

const { options, positional } = parseArgs(process.argv.slice(2));
const path = positional[0];
if (!path || options.has("help")) {
  console.log("Usage: npm run import -- <file.json | directory of CSV> [--batch-size <n>]");
  process.exit(path ? 0 : 1);
}
if (!existsSync(path)) {
  console.error(
    `${path} does not exist: give a .json file or a directory holding nodes.csv and relationships.csv.`,
  );
  process.exit(1);
}
const batchSize = intOption(options, "batch-size", DEFAULT_BATCH_SIZE);

await withDatabase(async (driver, config) => {
  const result = await importFile(driver, {
    ...(config.database ? { database: config.database } : {}),
    path,
    batchSize,
    onProgress: progressReporter(),
  });
  for (const w of result.warnings.slice(0, 20))
    console.warn(`  warning ${w.location} ${w.code}: ${w.message}`);
  if (result.warnings.length > 20)
    console.warn(`  … and ${result.warnings.length - 20} more warnings like these.`);
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
});

/**
 * `npm run seed -- --scale <N> [--seed <int>] [--reset] [--batch-size <n>]`: generates a realistic estate of
 * about N data objects (the same one for the same seed) and loads it. `npm run seed -- --demo [--reset]`
 * loads the hand-written demo estate instead.
 */
import { intOption, parseArgs } from "./cli-args.ts";
import { withDatabase } from "./connect.ts";
import { demoEstate } from "./demo/estate.ts";
import { generateEstate } from "./generator/generate-estate.ts";
import { DEFAULT_BATCH_SIZE, loadEstate } from "./loader.ts";
import { progressReporter } from "./progress.ts";
import { resetEstate } from "./reset.ts";

const USAGE =
  "Usage: npm run seed -- --scale <N> [--seed <int>] [--reset] [--batch-size <n>]   |   npm run seed -- --demo [--reset]";

const { options } = parseArgs(process.argv.slice(2));
if (options.has("help") || (!options.has("scale") && !options.has("demo"))) {
  console.log(USAGE);
  process.exit(options.has("help") ? 0 : 1);
}
const scale = intOption(options, "scale", 0);
const seed = intOption(options, "seed", 1);
const batchSize = intOption(options, "batch-size", DEFAULT_BATCH_SIZE);

await withDatabase(async (driver, config) => {
  const db = config.database ? { database: config.database } : {};
  if (options.has("reset")) {
    console.error("Resetting: deleting every data object and party…");
    await resetEstate(driver, config.database);
  }
  const started = performance.now();
  const estate = options.has("demo") ? demoEstate() : generateEstate({ scale, seed });
  console.error(
    `${options.has("demo") ? "Demo estate" : `Generated estate (scale ${scale}, seed ${seed})`}: ` +
      `${estate.nodes.length.toLocaleString("en")} nodes, ${estate.relationships.length.toLocaleString("en")} relationships ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  const summary = await loadEstate(driver, { ...db, estate, batchSize, onProgress: progressReporter() });
  console.log(
    `Loaded ${summary.nodes.toLocaleString("en")} nodes and ${summary.relationships.toLocaleString("en")} relationships ` +
      `in ${summary.seconds.toFixed(1)} s: ${Math.round(summary.perSecond).toLocaleString("en")} nodes+relationships/s ` +
      `(batch size ${batchSize}).`,
  );
});

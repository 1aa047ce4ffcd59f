/**
 * `npm run seed -- --scale <N> [--seed <int>] [--reset] [--online] [--batch-size <n>]`: generates a realistic
 * estate of about N data objects (the same one for the same seed) and loads it. `npm run seed -- --demo
 * [--reset]` loads the hand-written demo estate instead. With --reset into the local Neo4j (NEO4J_URI unset)
 * the estate replaces the database through Neo4j's offline import tool (the local Neo4j must not be running
 * in another process); otherwise, or with --online, the online loader writes it into the running database
 * (after deleting every data object and party when --reset is given).
 */
import { DEFAULT_BATCH_SIZE, loadEstate } from "../server/import/index.ts";
import { readDbConfig } from "../server/db/index.ts";
import { intOption, parseArgs } from "./cli-args.ts";
import { runTask, withDatabase } from "./connect.ts";
import { demoEstate } from "./demo/estate.ts";
import { generateEstate } from "./generator/generate-estate.ts";
import { offlineLoad } from "./offline/offline-load.ts";
import { printOfflineSummary } from "./offline/summary.ts";
import { progressReporter } from "./progress.ts";
import { resetEstate } from "./reset.ts";

const USAGE =
  "Usage: npm run seed -- --scale <N> [--seed <int>] [--reset] [--online] [--batch-size <n>]   |   npm run seed -- --demo [--reset] [--online]";

const { options } = parseArgs(process.argv.slice(2));
if (options.has("help") || (!options.has("scale") && !options.has("demo"))) {
  console.log(USAGE);
  process.exit(options.has("help") ? 0 : 1);
}
const scale = intOption(options, "scale", 0);
const seed = intOption(options, "seed", 1);
const batchSize = intOption(options, "batch-size", DEFAULT_BATCH_SIZE);
const config = readDbConfig();

function estate() {
  const started = performance.now();
  const document = options.has("demo") ? demoEstate() : generateEstate({ scale, seed });
  console.error(
    `${options.has("demo") ? "Demo estate" : `Generated estate (scale ${scale}, seed ${seed})`}: ` +
      `${document.nodes.length.toLocaleString("en")} nodes, ${document.relationships.length.toLocaleString("en")} relationships ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  return document;
}

if (options.has("reset") && config.local && !options.has("online")) {
  await runTask(async () => {
    const document = estate();
    console.error(
      "Offline path: --reset into the local Neo4j replaces its database with Neo4j's import tool.",
    );
    const summary = await offlineLoad({
      config,
      target: "replace",
      log: (line) => process.stderr.write(`${line}\n`),
      write: (csv) => {
        const progress = progressReporter();
        const started = performance.now();
        const report = (phase: "nodes" | "relationships", done: number, total: number) =>
          progress({ phase, done, total, elapsedSeconds: (performance.now() - started) / 1000 });
        document.nodes.forEach((node, i) => {
          csv.addNode(node);
          if ((i + 1) % 50_000 === 0 || i + 1 === document.nodes.length)
            report("nodes", i + 1, document.nodes.length);
        });
        document.relationships.forEach((rel, i) => {
          csv.addRelationship(rel);
          if ((i + 1) % 50_000 === 0 || i + 1 === document.relationships.length)
            report("relationships", i + 1, document.relationships.length);
        });
      },
    });
    printOfflineSummary(summary);
  });
} else {
  await withDatabase(async (driver) => {
    const db = config.database ? { database: config.database } : {};
    if (options.has("reset")) {
      console.error("Resetting: deleting every data object and party…");
      await resetEstate(driver, config.database);
    }
    const document = estate();
    const summary = await loadEstate(driver, {
      ...db,
      estate: document,
      batchSize,
      onProgress: progressReporter(),
    });
    console.log(
      `Online loader (${summary.mode.toUpperCase()}): loaded ${summary.nodes.toLocaleString("en")} nodes and ` +
        `${summary.relationships.toLocaleString("en")} relationships in ${summary.seconds.toFixed(1)} s: ` +
        `${Math.round(summary.perSecond).toLocaleString("en")} nodes+relationships/s (batch size ${batchSize}).`,
    );
  }, config);
}

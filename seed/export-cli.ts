/**
 * `npm run export -- <file.json> [--from <id> [--direction UPSTREAM|DOWNSTREAM|BOTH] [--depth <n>]]`:
 * writes the database, or the lineage neighbourhood of one object, in the import format.
 */
import { intOption, parseArgs } from "./cli-args.ts";
import { withDatabase } from "./connect.ts";
import { exportDocument } from "./export.ts";

const { options, positional } = parseArgs(process.argv.slice(2));
const path = positional[0];
const direction = String(options.get("direction") ?? "BOTH").toUpperCase();
if (!path || !["UPSTREAM", "DOWNSTREAM", "BOTH"].includes(direction)) {
  console.log(
    "Usage: npm run export -- <file.json> [--from <id> [--direction UPSTREAM|DOWNSTREAM|BOTH] [--depth <n>]]",
  );
  process.exit(1);
}
const from = options.get("from");

await withDatabase(async (driver, config) => {
  const result = await exportDocument(driver, {
    ...(config.database ? { database: config.database } : {}),
    path,
    ...(typeof from === "string"
      ? { from, direction: direction as "BOTH", depth: intOption(options, "depth", 3) }
      : {}),
  });
  console.log(`Exported ${result.nodes} nodes and ${result.relationships} relationships to ${path}.`);
});

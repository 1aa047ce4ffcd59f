/** `npm run db:migrate`: applies pending migrations to the Neo4j of NEO4J_URI (or the local one, running). */
import { isAppError } from "../errors/index.ts";
import { readDbConfig } from "./config.ts";
import { createDriver } from "./driver.ts";
import { migrate } from "./migrate.ts";

const config = readDbConfig();
const driver = createDriver(config);
try {
  const result = await migrate(driver, config.database);
  console.log(
    result.applied.length > 0
      ? `Applied ${result.applied.length} migration(s): ${result.applied.join(", ")}.`
      : "Nothing to apply.",
    `Already applied: ${result.alreadyApplied.join(", ") || "none"}.`,
  );
} catch (error) {
  console.error(isAppError(error) ? `${error.code}: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await driver.close();
}

/** Neo4j access: configuration, the driver, named Cypher files and migrations. */
export { DEFAULT_LOCAL_PASSWORD, readDbConfig } from "./config.ts";
export type { DbConfig } from "./config.ts";
export { checkConnection, createDriver, estateVersion, readQuery, writeQuery } from "./driver.ts";
export type { QueryOptions } from "./driver.ts";
export { loadCypher, readQueryFile } from "./cypher-file.ts";
export { MIGRATIONS_DIR, migrate, migrationStatus, readMigrations } from "./migrate.ts";
export type { Migration } from "./migrate.ts";
export { splitStatements } from "./statements.ts";

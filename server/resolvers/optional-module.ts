import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Imports a sibling part of the product if it is present (the traceability resolvers, the importer), so the
 * server starts with whatever parts are built. Returns undefined when the file does not exist; any other
 * failure (a syntax or import error inside the module) is thrown.
 */
export async function importOptional(
  relativeUrl: string,
  base: string,
): Promise<Record<string, unknown> | undefined> {
  const url = new URL(relativeUrl, base);
  if (!existsSync(fileURLToPath(url))) return undefined;
  return (await import(url.href)) as Record<string, unknown>;
}

import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { attributesOf, linkPropertiesOf } from "../../server/model/index.ts";
import type { DocumentNode, DocumentRelationship, ImportProblem } from "../../server/import/index.ts";
import { problem } from "../../server/import/index.ts";

const NODE_COLUMNS = ["type", "id", "name", "status"] as const;
const LINK_COLUMNS = ["type", "from", "to"] as const;

/**
 * Reads nodes.csv (`type,id,name,status,` then attribute columns) as document nodes, one row at a time.
 * Empty cells are absent attributes; cells are typed from the attribute's type in the meta-model (numbers,
 * booleans), so the validation rules see the same values as from JSON. Each node remembers its row
 * (`nodes.csv:12`) for error locations.
 */
export async function* readNodesCsv(path: string, problems: ImportProblem[]): AsyncGenerator<DocumentNode> {
  for await (const { row, line, name } of rows(path, NODE_COLUMNS, problems)) {
    const type = row.type ?? "";
    const properties: Record<string, unknown> = {};
    const defs = attributesOf(type);
    for (const [column, cell] of Object.entries(row)) {
      if ((NODE_COLUMNS as readonly string[]).includes(column) || cell === "") continue;
      properties[column] = typed(defs.find((d) => d.name === column)?.type, cell);
    }
    yield {
      type,
      id: row.id ?? "",
      name: row.name ?? "",
      status: row.status ?? "",
      properties,
      source: `${name}:${line}`,
    };
  }
}

/** Reads relationships.csv (`type,from,to,` then property columns) as document relationships. */
export async function* readRelationshipsCsv(
  path: string,
  problems: ImportProblem[],
): AsyncGenerator<DocumentRelationship> {
  for await (const { row, line, name } of rows(path, LINK_COLUMNS, problems)) {
    const type = row.type ?? "";
    const properties: Record<string, unknown> = {};
    const defs = linkPropertiesOf(type);
    for (const [column, cell] of Object.entries(row)) {
      if ((LINK_COLUMNS as readonly string[]).includes(column) || cell === "") continue;
      properties[column] = typed(defs.find((d) => d.name === column)?.type, cell);
    }
    yield { type, from: row.from ?? "", to: row.to ?? "", properties, source: `${name}:${line}` };
  }
}

async function* rows(
  path: string,
  required: readonly string[],
  problems: ImportProblem[],
): AsyncGenerator<{ row: Record<string, string>; line: number; name: string }> {
  const name = path.split("/").pop() ?? path;
  const parser = createReadStream(path).pipe(
    parse({
      columns: true,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      relax_column_count: false,
    }),
  );
  let checked = false;
  try {
    for await (const record of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      if (!checked) {
        checked = true;
        const missing = required.filter((c) => !(c in record.record));
        if (missing.length > 0) {
          problems.push(
            problem(
              `${name}:1`,
              null,
              "MALFORMED",
              `${name} lacks the column(s) ${missing.join(", ")}; its header must start with ${required.join(",")}.`,
            ),
          );
          return;
        }
      }
      yield { row: record.record, line: record.info.lines, name };
    }
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    problems.push(
      problem(
        `${name}:${e.lines ?? "?"}`,
        null,
        "MALFORMED",
        `${name} is not valid CSV: ${e.message ?? String(error)}`,
      ),
    );
  }
}

/** Types a CSV cell from the meta-model: Int/Float as numbers, Boolean as true/false; anything else as text. */
function typed(type: string | undefined, cell: string): unknown {
  if ((type === "Int" || type === "Float") && cell.trim() !== "" && !Number.isNaN(Number(cell)))
    return Number(cell);
  if (type === "Boolean" && (cell === "true" || cell === "false")) return cell === "true";
  return cell;
}

import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { DATA_OBJECT_LABEL, PARTY_TYPE, attributesOf, linkPropertiesOf } from "../../server/model/index.ts";
import type { AttributeDef, AttributeType } from "../../server/model/index.ts";
import { toStored } from "../../server/import/index.ts";
import type { DocumentNode, DocumentRelationship } from "../../server/import/index.ts";
import type { NodeFile, RelationshipFile } from "../../neo4j/offline-import.ts";

/** The import tool's type of each attribute type of the model (integers are Cypher's 64-bit integers). */
const HEADER_TYPE: Readonly<Record<AttributeType, string>> = {
  String: "string",
  Int: "long",
  Float: "double",
  Boolean: "boolean",
  Date: "date",
  DateTime: "datetime",
};

/** Delimiter between array elements: the tool's --array-delimiter. */
export const ARRAY_DELIMITER = ";";

/** What the writer produced: the tool's input files and counts. */
export interface AdminCsvFiles {
  nodes: (NodeFile & { count: number })[];
  relationships: (RelationshipFile & { count: number })[];
  /** True when a quoted value holds a line break (the tool then needs --multiline-fields=true). */
  multiline: boolean;
}

/**
 * Writes nodes and relationships as the CSV of Neo4j's import tool: one file per node type (labels
 * `DataObject:<Type>` or `Party`, given on the tool's command line) with the header `id:ID` followed by every
 * attribute of the type in the model with its type (`createdAt:datetime`, `count:long`…), and one file per
 * relationship type with `:START_ID,:END_ID` and the type's link properties. Values go through the online
 * loader's own conversion (toStored, server/import/rows.ts), so both paths store the same values; a createdAt
 * or updatedAt the document leaves out becomes `importedAt`, as the online loader's datetime(). A repeated
 * relationship (same type, from, to) is written once, as the online loader's MERGE would store it. Buffered,
 * synchronous writes: memory stays flat whatever the estate's size.
 */
export class AdminCsvWriter {
  private readonly nodeFiles = new Map<string, CsvFile>();
  private readonly relFiles = new Map<string, CsvFile>();
  private readonly seenLinks = new Set<string>();
  /** ISO 8601 text of the import's time (UTC), for the timestamps a document leaves out. */
  private readonly importedAt: string;
  private multiline = false;

  constructor(
    private readonly dir: string,
    importedAt: Date = new Date(),
  ) {
    mkdirSync(dir, { recursive: true });
    this.importedAt = importedAt.toISOString();
  }

  addNode(node: DocumentNode): void {
    let file = this.nodeFiles.get(node.type);
    if (!file) {
      const columns = attributesOf(node.type).filter((d) => d.name !== "id");
      file = new CsvFile(join(this.dir, `nodes-${node.type}.csv`), columns, [
        "id:ID",
        ...columns.map(headerOf),
      ]);
      this.nodeFiles.set(node.type, file);
    }
    const props = node.properties ?? {};
    const cells = [this.text(node.id)];
    for (const def of file.columns) {
      const value = def.name === "name" ? node.name : def.name === "status" ? node.status : props[def.name];
      cells.push(this.cell(def, value));
    }
    file.write(cells);
  }

  addRelationship(rel: DocumentRelationship): void {
    const key = `${rel.type}\u0000${rel.from}\u0000${rel.to}`;
    if (this.seenLinks.has(key)) return;
    this.seenLinks.add(key);
    let file = this.relFiles.get(rel.type);
    if (!file) {
      const columns = linkPropertiesOf(rel.type);
      file = new CsvFile(join(this.dir, `relationships-${rel.type}.csv`), columns, [
        ":START_ID",
        ":END_ID",
        ...columns.map(headerOf),
      ]);
      this.relFiles.set(rel.type, file);
    }
    const props = rel.properties ?? {};
    const cells = [this.text(rel.from), this.text(rel.to)];
    for (const def of file.columns) cells.push(this.cell(def, props[def.name]));
    file.write(cells);
  }

  /** Flushes and closes every file; returns them for the tool. */
  close(): AdminCsvFiles {
    for (const file of [...this.nodeFiles.values(), ...this.relFiles.values()]) file.close();
    return {
      nodes: [...this.nodeFiles].map(([type, file]) => ({
        labels: type === PARTY_TYPE.name ? [PARTY_TYPE.name] : [DATA_OBJECT_LABEL, type],
        file: file.path,
        count: file.rows,
      })),
      relationships: [...this.relFiles].map(([type, file]) => ({ type, file: file.path, count: file.rows })),
      multiline: this.multiline,
    };
  }

  /**
   * One CSV cell of attribute `def`: the value the online loader would store (toStored), in the tool's
   * syntax; empty for an absent value (no property), so also for "" as the online loader drops it. A missing
   * createdAt/updatedAt is the import's time.
   */
  private cell(def: AttributeDef, value: unknown): string {
    if (value === null || value === undefined || value === "") {
      return def.name === "createdAt" || def.name === "updatedAt" ? this.importedAt : "";
    }
    if (Array.isArray(value)) {
      return this.text(value.map((v) => plain(toStored(def, v))).join(ARRAY_DELIMITER));
    }
    if (def.type === "DateTime" && typeof value === "string" && UTC) {
      // Same instant and offset as neo4j DateTime.fromStandardDate(new Date(value)) in a UTC process.
      return new Date(value).toISOString();
    }
    if (def.type === "String" && typeof value === "string") return this.text(value);
    const stored = toStored(def, value);
    return typeof stored === "string" ? this.text(stored) : plain(stored);
  }

  private text(value: string): string {
    if (value.includes("\n") || value.includes("\r")) this.multiline = true;
    return `"${value.replaceAll('"', '""')}"`;
  }
}

/**
 * Whether this process runs in UTC all year (the online loader stores a datetime with the process's local
 * offset at that instant; in UTC that is always Z, and the fast path above applies).
 */
const UTC = new Date(2024, 0, 1).getTimezoneOffset() === 0 && new Date(2024, 6, 1).getTimezoneOffset() === 0;

/** `name:type` for a model attribute; plain `name` for strings (the tool's default type). */
function headerOf(def: AttributeDef): string {
  return def.type === "String" ? def.name : `${def.name}:${HEADER_TYPE[def.type]}`;
}

/** A stored value as the tool parses it: temporal values in ISO 8601 (with their offset), numbers as text. */
function plain(value: unknown): string {
  if (neo4j.isInt(value)) return value.toString();
  if (neo4j.isDateTime(value) || neo4j.isDate(value)) return value.toString();
  return String(value);
}

/** One output file: buffered lines written with writeSync in blocks of about 1 MB. */
class CsvFile {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  rows = 0;

  constructor(
    readonly path: string,
    readonly columns: readonly AttributeDef[],
    header: readonly string[],
  ) {
    this.fd = openSync(path, "w");
    this.write(header);
    this.rows = 0;
  }

  write(cells: readonly string[]): void {
    const line = `${cells.join(",")}\n`;
    this.buffer.push(line);
    this.size += line.length;
    this.rows += 1;
    if (this.size >= 1 << 20) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, this.buffer.join(""));
    this.buffer = [];
    this.size = 0;
  }
}

import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import {
  DATA_OBJECT_LABEL,
  PARTY_TYPE,
  RELATIONSHIP_TYPE_NAMES,
  attributesOf,
  linkPropertiesOf,
} from "../../server/model/index.ts";
import type { AttributeDef, AttributeType } from "../../server/model/index.ts";
import { definitionsByName, toStored } from "../../server/import/index.ts";
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

/** The columns of the relationship file: every link property of the model, each once. */
const LINK_COLUMNS: readonly AttributeDef[] = (() => {
  const byName = new Map<string, AttributeDef>();
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    for (const def of linkPropertiesOf(type)) {
      const seen = byName.get(def.name);
      if (seen && seen.type !== def.type)
        throw new Error(`cannot happen: the link property ${def.name} is both ${seen.type} and ${def.type}`);
      byName.set(def.name, seen ?? def);
    }
  }
  return [...byName.values()];
})();

const TYPE_INDEX = new Map(RELATIONSHIP_TYPE_NAMES.map((type, i) => [type, i]));

/** Delimiter between array elements: the tool's --array-delimiter. */
export const ARRAY_DELIMITER = ";";

/** What the writer produced: the tool's input files and counts. */
export interface AdminCsvFiles {
  nodes: (NodeFile & { count: number })[];
  relationships: (RelationshipFile & { count: number })[];
  /** True when a quoted value holds a line break (the tool then needs --multiline-fields=true). */
  multiline: boolean;
  /** Relationships left out because an end was not given as a node first (0 for valid input). */
  unresolved: number;
  /** Length of the longest row written, header included. */
  longestRow: number;
}

/**
 * Writes nodes and relationships as the CSV of Neo4j's import tool: one file per node type (labels
 * `DataObject:<Type>` or `Party`, given on the tool's command line) with the header `:ID,id` followed by every
 * attribute of the type in the model with its type (`createdAt:datetime`, `count:long`…), and one file of all
 * relationships, `:START_ID,:END_ID,:TYPE` and the link properties of every type (a row leaves the columns of
 * other types' properties empty, which stores nothing).
 * - `:ID` is the node's number in the order given (not stored: the tool runs with --id-type=integer), and `id`
 *   the object's id as a property. Integer ids spare the tool encoding, sorting and looking up a million
 *   strings: at 1M its node import took 14 s and its relationship import 13 s with string ids, 9–12 s and 5–6
 *   s with integers.
 * - One relationship file, not one per type: before importing, the tool samples up to 1 MiB of every input
 *   file on one thread (CsvInput.calculateEstimates); with 47 relationship files that read most of a 1M
 *   estate's links and took about 7 s. (One node file with every type's columns was tried: it cut the
 *   sampling by 2.5 s more, but each row then carries about 75 empty cells, and writing and parsing them cost
 *   more than that.)
 *
 * Values go through the online loader's own conversion (toStored, server/import/rows.ts), so both paths store
 * the same values; a createdAt or updatedAt the document leaves out becomes `importedAt`, as the online
 * loader's datetime(). A repeated relationship (same type, from, to) is written once, as the online loader's
 * MERGE would store it. Buffered, synchronous writes: memory stays flat whatever the estate's size, apart from
 * one number per node and per relationship.
 */
export class AdminCsvWriter {
  private readonly nodeFiles = new Map<string, CsvFile>();
  private relFile: CsvFile | undefined;
  /** (type, from, to) of the relationships written, as one number while it fits (see linkKey). */
  private readonly seenLinks = new Set<number | string>();
  /** Each node's number for the tool (its `:ID`), by object id. */
  private readonly numberOf = new Map<string, number>();
  /** ISO 8601 text of the import's time (UTC), for the timestamps a document leaves out. */
  private readonly importedAt: string;
  private multiline = false;
  /** Relationships not written because an end was not given as a node before them. */
  private unresolved = 0;

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
        ":ID",
        "id",
        ...columns.map(headerOf),
      ]);
      this.nodeFiles.set(node.type, file);
    }
    if (this.numberOf.has(node.id)) throw new Error(`cannot happen: the id ${node.id} is given twice`);
    // linkKey numbers links by the final node count: a node after a link would shift it.
    if (this.seenLinks.size > 0 || this.unresolved > 0)
      throw new Error(`cannot happen: the node ${node.id} comes after relationships`);
    const number = this.numberOf.size;
    this.numberOf.set(node.id, number);
    const props = node.properties ?? {};
    const cells = [String(number), this.text(node.id)];
    for (const def of file.columns) {
      const value = def.name === "name" ? node.name : def.name === "status" ? node.status : props[def.name];
      cells.push(this.cell(def, value));
    }
    file.write(cells);
  }

  addRelationship(rel: DocumentRelationship): void {
    const from = this.numberOf.get(rel.from);
    const to = this.numberOf.get(rel.to);
    if (from === undefined || to === undefined) {
      // Only a link to a node the validator refused can get here, and the load then fails with the
      // validator's problems; close() reports the count so a load that passed validation cannot lose one.
      this.unresolved += 1;
      return;
    }
    const key = this.linkKey(rel.type, from, to);
    if (this.seenLinks.has(key)) return;
    this.seenLinks.add(key);
    this.relFile ??= new CsvFile(join(this.dir, "relationships.csv"), LINK_COLUMNS, [
      ":START_ID",
      ":END_ID",
      ":TYPE",
      ...LINK_COLUMNS.map(headerOf),
    ]);
    const own = definitionsByName(`link:${rel.type}`, () => linkPropertiesOf(rel.type));
    const props = rel.properties ?? {};
    // A type name of the model is a plain identifier: no quoting needed.
    const cells = [String(from), String(to), rel.type];
    for (const def of LINK_COLUMNS) cells.push(own.has(def.name) ? this.cell(def, props[def.name]) : "");
    this.relFile.write(cells);
  }

  /**
   * One number for (type, from, to) while types × nodes² stays below 2^53 (estates of up to about 11 million
   * nodes), else a string: a set of 1.8 million string keys cost about 2 s of the 1M estate's CSV writing.
   * Nodes all come before relationships, so the node count is final here.
   */
  private linkKey(type: string, from: number, to: number): number | string {
    const n = this.numberOf.size;
    const t = TYPE_INDEX.get(type) ?? -1;
    if (t < 0 || RELATIONSHIP_TYPE_NAMES.length * n * n >= Number.MAX_SAFE_INTEGER)
      return `${type},${from},${to}`;
    return (t * n + from) * n + to;
  }

  /** Flushes and closes every file; returns them for the tool. */
  close(): AdminCsvFiles {
    for (const file of this.nodeFiles.values()) file.close();
    this.relFile?.close();
    return {
      nodes: [...this.nodeFiles].map(([type, file]) => ({
        labels: type === PARTY_TYPE.name ? [PARTY_TYPE.name] : [DATA_OBJECT_LABEL, type],
        file: file.path,
        count: file.rows,
      })),
      relationships: this.relFile ? [{ file: this.relFile.path, count: this.relFile.rows }] : [],
      multiline: this.multiline,
      unresolved: this.unresolved,
      longestRow: Math.max(0, ...[...this.nodeFiles.values(), this.relFile].map((f) => f?.longestRow ?? 0)),
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
  longestRow = 0;

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
    if (line.length > this.longestRow) this.longestRow = line.length;
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

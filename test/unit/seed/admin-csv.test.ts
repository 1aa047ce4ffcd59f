import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readBufferSize } from "../../../neo4j/offline-import.ts";
import { AdminCsvWriter } from "../../../seed/offline/admin-csv.ts";

const dirs: string[] = [];
function writer(): AdminCsvWriter {
  const dir = mkdtempSync(join(tmpdir(), "admin-csv-"));
  dirs.push(dir);
  return new AdminCsvWriter(dir, new Date("2026-01-02T03:04:05.000Z"));
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const lines = (file: string) => readFileSync(file, "utf8").trimEnd().split("\n");
const node = (type: string, id: string) => ({ type, id, name: `${id} name`, status: "NEW" });

describe("the import tool's CSV", () => {
  it("numbers the nodes for the tool and keeps each object's id as a property", () => {
    const csv = writer();
    csv.addNode(node("Incident", "INC-1"));
    csv.addNode(node("Problem", "PRB-1"));
    csv.addNode(node("Incident", "INC-2"));
    const files = csv.close();
    const incidents = files.nodes.find((f) => f.labels.includes("Incident"));
    expect(incidents?.labels).toEqual(["DataObject", "Incident"]);
    expect(incidents?.count).toBe(2);
    const [header, first, second] = lines(incidents?.file ?? "");
    expect(header?.split(",").slice(0, 2)).toEqual([":ID", "id"]);
    expect(first?.split(",").slice(0, 2)).toEqual(["0", '"INC-1"']);
    expect(second?.split(",").slice(0, 2)).toEqual(["2", '"INC-2"']);
  });

  it("writes every relationship to one file with its type, ends by the nodes' numbers, each (type, from, to) once", () => {
    const csv = writer();
    csv.addNode(node("Incident", "INC-1"));
    csv.addNode(node("ActualServiceCI", "CI-1"));
    csv.addNode(node("Party", "P-1"));
    csv.addRelationship({ type: "EXPERIENCED", from: "CI-1", to: "INC-1" });
    csv.addRelationship({ type: "EXPERIENCED", from: "CI-1", to: "INC-1" });
    csv.addRelationship({ type: "OWNS", from: "P-1", to: "CI-1" });
    csv.addRelationship({
      type: "APPROVED",
      from: "P-1",
      to: "INC-1",
      properties: { at: "2026-03-04T05:06:07.000Z" },
    });
    const files = csv.close();
    expect(files.relationships).toHaveLength(1);
    expect(files.relationships[0]?.type).toBeUndefined();
    expect(files.relationships[0]?.count).toBe(3);
    const [header, ...rows] = lines(files.relationships[0]?.file ?? "");
    const columns = header?.split(",") ?? [];
    expect(columns.slice(0, 3)).toEqual([":START_ID", ":END_ID", ":TYPE"]);
    const at = columns.indexOf("at:datetime");
    const created = columns.indexOf("createdAt:datetime");
    expect(at).toBeGreaterThan(2);
    const cells = rows.map((r) => r.split(","));
    expect(cells.map((c) => c.slice(0, 3))).toEqual([
      ["1", "0", "EXPERIENCED"],
      ["2", "1", "OWNS"],
      ["2", "0", "APPROVED"],
    ]);
    // A type without the property leaves its cell empty (nothing stored); a missing createdAt is the import's time.
    expect(cells[0]?.[at]).toBe("");
    expect(cells[2]?.[at]).toBe("2026-03-04T05:06:07.000Z");
    expect(cells[0]?.[created]).toBe("2026-01-02T03:04:05.000Z");
    expect(cells.every((c) => c.length === columns.length)).toBe(true);
  });

  it("counts a relationship whose end was not given as a node, and refuses an id given twice", () => {
    const csv = writer();
    csv.addNode(node("Incident", "INC-1"));
    csv.addRelationship({ type: "EXPERIENCED", from: "CI-NOWHERE", to: "INC-1" });
    expect(() => csv.addNode(node("Problem", "INC-1"))).toThrow(/INC-1 is given twice/);
    expect(() => csv.addNode(node("Problem", "PRB-LATE"))).toThrow(/PRB-LATE comes after relationships/);
    const files = csv.close();
    expect(files.unresolved).toBe(1);
    expect(files.relationships).toEqual([]);
  });

  it("sizes the tool's read buffer to hold the longest row: 1 MiB, or twice the row rounded up to a MiB", () => {
    const csv = writer();
    csv.addNode({ ...node("Incident", "INC-LONG"), name: "x".repeat(700_000) });
    const files = csv.close();
    expect(files.longestRow).toBeGreaterThan(700_000);
    expect(readBufferSize(files.longestRow)).toBe(2 * 2 ** 20);
    expect(readBufferSize(0)).toBe(2 ** 20);
    expect(readBufferSize(300_000)).toBe(2 ** 20);
  });
});

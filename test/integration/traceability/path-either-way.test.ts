import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as t from "../../../server/traceability/index.ts";
import { testDriver, uniquePrefix } from "../support/neo4j.ts";
import { context, fixture, loadFixture } from "./fixture.ts";

/**
 * The path field asks path-either-way.cypher once: both existence checks and both walks. It answers what the
 * two-walk way answered before it (target.cypher for each end, `from` first, then path.cypher from→to and
 * to→from, the shorter kept, forward on a tie), on every ordered pair of the fixture's objects plus an id
 * that is a Party (not a data object) and one that does not exist, at the default depth and at a short one.
 */
const driver = testDriver();
const p = uniquePrefix();
const viewer = context(driver);

beforeAll(async () => {
  await loadFixture(driver, p);
});
afterAll(async () => {
  await driver.close();
});

/** An answer as text: NOT_FOUND and the id, "none", or the path's node ids, edge ids and which way it runs. */
type Answer = string;

function pathAnswer(
  nodes: readonly { id: string }[],
  edges: readonly { id: string }[],
  from: string,
): Answer {
  const way = nodes[0]?.id === from ? "forward" : "backward";
  return `${way} ${nodes.map((n) => n.id.slice(p.length)).join(">")} via ${edges.map((e) => e.id).join(",")}`;
}

/** The path field before path-either-way.cypher: four queries, the shorter walk kept (a stable sort). */
async function twoWalks(from: string, to: string, maxDepth: number): Promise<Answer> {
  for (const id of [from, to]) {
    if ((await t.runNamedQuery(viewer, "target", { id })).length === 0) return `NOT_FOUND ${id}`;
  }
  if (from === to) return "none";
  const params = {
    maxDepth,
    relationshipFilter: t.lineageRelationshipFilter("DOWNSTREAM"),
    labelFilter: t.LINEAGE_LABEL_FILTER,
  };
  const walks = [
    ...(await t.runNamedQuery(viewer, "path", { ...params, from, to })),
    ...(await t.runNamedQuery(viewer, "path", { ...params, from: to, to: from })),
  ] as { nodes: { id: string }[]; edges: { id: string }[] }[];
  const [shorter] = [...walks].sort((x, y) => x.edges.length - y.edges.length);
  return shorter ? pathAnswer(shorter.nodes, shorter.edges, from) : "none";
}

/** The path field as it is: one query. */
async function oneQuery(from: string, to: string, maxDepth: number): Promise<Answer> {
  try {
    const path = await t.path(viewer, { from, to, maxDepth });
    return path ? pathAnswer(path.nodes, path.edges, from) : "none";
  } catch (error) {
    const e = error as { code?: string; details?: { id?: string } };
    if (e.code !== "NOT_FOUND") throw error;
    return `NOT_FOUND ${e.details?.id}`;
  }
}

const objects = [...fixture(p).nodes.map((n) => n.id), `${p}NOPE`];
const pairs = objects.flatMap((from) => objects.map((to) => [from, to] as const));

describe("path-either-way.cypher answers as the two walks of path.cypher did", () => {
  it.each([25, 3])("on every ordered pair of the fixture's objects, maxDepth %i", async (maxDepth) => {
    const mismatches: { from: string; to: string; before: Answer; now: Answer }[] = [];
    for (const [from, to] of pairs) {
      const [before, now] = [await twoWalks(from, to, maxDepth), await oneQuery(from, to, maxDepth)];
      if (before !== now) mismatches.push({ from, to, before, now });
    }
    expect(mismatches).toEqual([]);
  });

  // The kinds of pair the sweep above covers, each named with its answer.
  it.each([
    ["both ways, the backward path shorter", "SA", "EV", 25, "backward EV>INC>PRB>PBI>SA"],
    ["both ways, neither within the depth", "SA", "EV", 3, "none"],
    ["only forward", "ORPHAN", "INC-ORPHAN", 25, "forward ORPHAN>INC-ORPHAN"],
    ["only backward", "INC-ORPHAN", "ORPHAN", 25, "backward ORPHAN>INC-ORPHAN"],
    ["only backward, through a shared release", "REL", "SA2", 25, "backward SA2>INI2>REL"],
    ["both ways equally short: forward kept", "CI", "PRB", 25, "forward CI>INC>PRB"],
    ["both ways equally short, asked the other way", "PRB", "CI", 25, "forward PRB>RFC>CI"],
    ["unconnected", "ORPHAN", "SA", 25, "none"],
    ["from = to", "SA", "SA", 25, "none"],
    ["from is a Party, not a data object", "ADA", "SA", 25, `NOT_FOUND ${p}ADA`],
    ["from unknown, to unknown too: from named", "NOPE", "NADA", 25, `NOT_FOUND ${p}NOPE`],
    ["to unknown", "SA", "NADA", 25, `NOT_FOUND ${p}NADA`],
    ["from = to, unknown", "NOPE", "NOPE", 25, `NOT_FOUND ${p}NOPE`],
  ] as const)("%s: %s to %s, maxDepth %i", async (_kind, from, to, maxDepth, expected) => {
    const [before, now] = [
      await twoWalks(`${p}${from}`, `${p}${to}`, maxDepth),
      await oneQuery(`${p}${from}`, `${p}${to}`, maxDepth),
    ];
    expect(now).toBe(before);
    expect(now.split(" via ")[0]).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { generateEstate } from "../../../seed/generator/generate-estate.ts";
import { validateDocument } from "../../../seed/import/validate.ts";

const countBy = (types: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
};

describe("generateEstate", () => {
  it("is deterministic: the same seed gives the same estate, another seed another one", () => {
    const a = generateEstate({ scale: 3000, seed: 42 });
    const b = generateEstate({ scale: 3000, seed: 42 });
    const c = generateEstate({ scale: 3000, seed: 43 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it.each([
    [500, 1],
    [5000, 7],
    [20000, 99],
  ])("produces only elements the importer accepts (scale %i, seed %i)", (scale, seed) => {
    expect(validateDocument(generateEstate({ scale, seed }))).toEqual([]);
  });

  it("has about the requested size and realistic proportions", () => {
    const estate = generateEstate({ scale: 20000, seed: 5 });
    const dataObjects = estate.nodes.filter((n) => n.type !== "Party");
    expect(dataObjects.length).toBeGreaterThan(16000);
    expect(dataObjects.length).toBeLessThan(24000);
    const counts = countBy(dataObjects.map((n) => n.type));
    const get = (t: string) => counts.get(t) ?? 0;
    expect(get("Policy")).toBeLessThan(10);
    expect(get("ScopeAgreement")).toBeLessThan(get("ActualServiceCI") / 5);
    expect(get("Event")).toBeGreaterThan(get("Incident"));
    expect(get("Incident")).toBeGreaterThan(get("ActualServiceCI"));
    expect(get("ActualServiceCI")).toBeGreaterThan(get("DesiredService") * 3);
    const decisions = dataObjects
      .filter((n) => n.type === "ScopeAgreement")
      .map((n) => n.properties?.decision);
    const approvedShare = decisions.filter((d) => d === "APPROVED").length / decisions.length;
    expect(approvedShare).toBeGreaterThan(0.5);
    expect(approvedShare).toBeLessThan(0.95);
  });

  it("builds CI stacks several levels deep, a few orphan CIs and feedback loops", () => {
    const estate = generateEstate({ scale: 20000, seed: 5 });
    const rels = countBy(estate.relationships.map((r) => r.type));
    expect(rels.get("SUPPORTS")).toBeGreaterThan(100);
    const realized = new Set(
      estate.relationships
        .filter((r) => r.type === "REALIZED_AS" && r.from.startsWith("DS-"))
        .map((r) => r.to),
    );
    const cis = estate.nodes.filter((n) => n.type === "ActualServiceCI");
    const orphanShare = cis.filter((c) => !realized.has(c.id)).length / cis.length;
    expect(orphanShare).toBeGreaterThan(0);
    expect(orphanShare).toBeLessThan(0.1);
    const feedback = rels.get("RAISES_DEMAND") ?? 0;
    expect(feedback).toBeGreaterThan(0);
    expect(feedback).toBeLessThan((countBy(estate.nodes.map((n) => n.type)).get("Problem") ?? 0) * 0.4);
    // host -> database -> application -> business service
    const supports = estate.relationships.filter((r) => r.type === "SUPPORTS");
    const into = new Map(supports.map((r) => [r.from, r.to]));
    const host = cis.find((c) => c.properties?.ciClass === "HOST" && into.has(c.id));
    const chain = [host?.id];
    while (chain.length < 5 && into.has(chain.at(-1) as string)) chain.push(into.get(chain.at(-1) as string));
    expect(chain).toHaveLength(4);
  });
});

import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { cyStyle } from "../../../client/src/components/cy-style.ts";
import { linkRoleOf, rolesInView } from "../../../client/src/graph/link-roles.ts";
import { DEFAULT_STATE } from "../../../client/src/graph/url-state.ts";
import { viewPipeline } from "../../../client/src/graph/view-pipeline.ts";
import { LINEAGE_RELATIONSHIPS } from "../../../server/model/index.ts";
import { edge, node } from "./make-graph.ts";

// INC-2 on CI-FTP: only an approved initiative's patch RFC touched the CI (an operational chain), and the
// incident escalated to a problem (feedback); the desired service realizes CI-OK (provenance).
const graph = {
  nodes: [
    node("INI", "ITInitiative"),
    node("RFC", "RFC"),
    node("CI-FTP", "ActualServiceCI"),
    node("INC-2", "Incident"),
    node("PRB", "Problem"),
    node("DS", "DesiredService"),
    node("CI-OK", "ActualServiceCI"),
  ],
  edges: [
    edge("INI", "REQUESTS_CHANGE", "RFC"),
    edge("RFC", "CHANGES", "CI-FTP"),
    edge("CI-FTP", "EXPERIENCED", "INC-2"),
    edge("INC-2", "ESCALATED_TO", "PRB"),
    edge("DS", "REALIZED_AS", "CI-OK"),
  ],
};

describe("link roles in the client", () => {
  it("reads each relationship type's role from the model", () => {
    for (const r of LINEAGE_RELATIONSHIPS) expect(linkRoleOf(r.type)).toBe(r.role.toUpperCase());
    expect(linkRoleOf("CHANGES")).toBe("OPERATIONAL");
  });

  it("lists the roles on screen in the model's order with their counts; only provenance is traced", () => {
    const roles = rolesInView(graph.edges);
    expect(roles.map((r) => [r.apiRole, r.count, r.traced, r.fadable])).toEqual([
      ["PROVENANCE", 2, true, false],
      ["OPERATIONAL", 2, false, true],
      ["FEEDBACK", 1, false, true],
    ]);
    expect(rolesInView([])).toEqual([]);
  });

  it("classes every drawn link by its role and fades operational and feedback links only when asked", () => {
    const draw = (fadeLinks: boolean) => {
      const view = viewPipeline({
        graph,
        trace: null,
        state: { ...DEFAULT_STATE, root: "INC-2", fadeLinks },
        selected: null,
      });
      const cy = cytoscape({ headless: true, styleEnabled: true, style: cyStyle(view.graph.edges.length) });
      cy.add(view.elements);
      return cy;
    };
    const plain = draw(false);
    expect(plain.edges(".faded").length).toBe(0);
    expect(plain.$id("e:RFC-CHANGES-CI-FTP").hasClass("role-operational")).toBe(true);
    expect(plain.$id("e:RFC-CHANGES-CI-FTP").style("line-style")).toBe("dashed");
    expect(plain.$id("e:INC-2-ESCALATED_TO-PRB").style("line-style")).toBe("dotted");
    expect(plain.$id("e:DS-REALIZED_AS-CI-OK").style("line-style")).toBe("solid");
    const faded = draw(true);
    expect(
      faded
        .edges(".faded")
        .map((e) => e.id())
        .sort(),
    ).toEqual(["e:INC-2-ESCALATED_TO-PRB", "e:INI-REQUESTS_CHANGE-RFC", "e:RFC-CHANGES-CI-FTP"]);
    expect(Number(faded.$id("e:RFC-CHANGES-CI-FTP").style("opacity"))).toBeLessThan(0.2);
    expect(Number(faded.$id("e:DS-REALIZED_AS-CI-OK").style("opacity"))).toBeGreaterThan(0.5);
  });
});

import { describe, expect, it } from "vitest";
import { provenanceCone } from "../../../client/src/graph/provenance-cone.ts";
import { edge as link, node } from "./make-graph.ts";

describe("provenanceCone (what a broken chain draws)", () => {
  it("walks provenance links towards authority and stops at a change, which authorizes nothing", () => {
    // INC-2 on CI-FTP, which only a change touched; the change was requested by an authorized initiative.
    const graph = {
      nodes: [
        node("SA", "ScopeAgreement"),
        node("INI", "ITInitiative"),
        node("RFC", "RFC"),
        node("CI-FTP", "ActualServiceCI"),
        node("INC-2", "Incident"),
      ],
      edges: [
        link("SA", "AUTHORIZES", "INI"),
        link("INI", "REQUESTS_CHANGE", "RFC"),
        link("RFC", "CHANGES", "CI-FTP"),
        link("CI-FTP", "EXPERIENCED", "INC-2"),
      ],
    };
    const cone = provenanceCone(graph, "INC-2");
    expect(cone.nodes.map((n) => n.id)).toEqual(["CI-FTP", "INC-2"]);
    expect(cone.edges.map((e) => e.id)).toEqual(["CI-FTP-EXPERIENCED-INC-2"]);
  });

  it("follows SUPPORTS the way authority flows: a component CI from the service CI it supports", () => {
    const graph = {
      nodes: [
        node("DS", "DesiredService"),
        node("CI-APP", "ActualServiceCI"),
        node("CI-DB", "ActualServiceCI"),
        node("INC-1", "Incident"),
      ],
      edges: [
        link("DS", "REALIZED_AS", "CI-APP"),
        link("CI-DB", "SUPPORTS", "CI-APP"),
        link("CI-DB", "EXPERIENCED", "INC-1"),
      ],
    };
    expect(
      provenanceCone(graph, "INC-1")
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual(["CI-APP", "CI-DB", "DS", "INC-1"]);
  });
});

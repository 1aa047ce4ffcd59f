import cytoscape from "cytoscape";
import type { Core } from "cytoscape";
import { useEffect, useRef } from "react";
import type { ElementDefinition } from "cytoscape";
import { elementsSignature } from "../graph/to-elements.ts";
import { cyStyle } from "./cy-style.ts";

const MIN_READABLE_ZOOM = 0.55;

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  layout: "lanes" | "force";
  /** Changes when a new graph (not just a new style) is drawn: the view is fitted then. */
  graphKey: string;
  onSelect: (id: string | null) => void;
  onActivate: (id: string) => void;
  onContextMenu: (id: string, x: number, y: number) => void;
  onReady: (cy: Core) => void;
}

/**
 * The Cytoscape canvas. Lane layout positions arrive with the elements (preset); the force option runs
 * Cytoscape's cose. Tap selects, double tap (or Enter) activates: expand, or open a group. Over 80 lines because
 * the Cytoscape instance's life (create, feed elements, listen, destroy) is one set of effects on one ref.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  // Replace the elements only when the picture changes (a click that selects does not), and fit the view only
  // for a new graph (root, view or load), so the user's pan and zoom survive filters and selections.
  const applied = useRef<{ signature: string; key: string } | null>(null);

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      elements: [],
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 3,
      boxSelectionEnabled: false,
    });
    cy.on("tap", "node.object", (e) => handlers.current.onSelect(e.target.id() as string));
    cy.on("tap", (e) => {
      if (e.target === cy) handlers.current.onSelect(null);
    });
    cy.on("dbltap", "node.object", (e) => handlers.current.onActivate(e.target.id() as string));
    cy.on("cxttap", "node.object", (e) => {
      const p = e.renderedPosition ?? { x: 0, y: 0 };
      handlers.current.onContextMenu(e.target.id() as string, p.x, p.y);
    });
    cyRef.current = cy;
    applied.current = null;
    handlers.current.onReady(cy);
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const signature = `${props.layout}\n${elementsSignature(props.elements)}`;
    if (applied.current?.signature === signature) return;
    const refit = applied.current?.key !== props.graphKey;
    applied.current = { signature, key: props.graphKey };
    const edges = props.elements.filter((e) => e.group === "edges").length;
    cy.batch(() => {
      cy.elements().remove();
      cy.style(cyStyle(edges));
      cy.add(props.elements);
    });
    if (props.layout === "force") {
      cy.nodes(".band, .band-label, .lane-label").remove();
      cy.layout({
        name: "cose",
        animate: false,
        randomize: false,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
        fit: refit,
        padding: 40,
      } as never).run();
    } else {
      cy.layout({ name: "preset", fit: false }).run();
      if (refit) cy.fit(cy.nodes(".object, .band-label"), 40);
    }
    if (!refit) return;
    // Readable first: a small graph is not blown up, a wide one is not shrunk until labels vanish; it opens
    // centred on the root instead (Fit shows everything).
    if (cy.zoom() > 1.3) {
      cy.zoom(1.3);
      cy.center(cy.nodes(".object"));
    } else if (cy.zoom() < MIN_READABLE_ZOOM) {
      cy.zoom(MIN_READABLE_ZOOM);
      const root = cy.nodes(".root");
      cy.center(root.nonempty() ? root : cy.nodes(".object"));
    }
  }, [props.elements, props.layout, props.graphKey]);

  return (
    <div ref={container} className="canvas" role="img" aria-label="Lineage graph" data-testid="canvas" />
  );
}

import cytoscape from "cytoscape";
import type { Core } from "cytoscape";
import { useLayoutEffect, useRef, useState } from "react";
import type { ElementDefinition } from "cytoscape";
import { FIT_PADDING, MAX_FIT_ZOOM } from "../graph/lane-layout.ts";
import type { Viewport } from "../graph/lane-layout.ts";
import { elementsSignature } from "../graph/to-elements.ts";
import { mark } from "../perf-marks.ts";
import { cyStyle, LARGE_VIEW_EDGES } from "./cy-style.ts";
import { HoverCard } from "./HoverCard.tsx";
import type { Hover } from "./HoverCard.tsx";

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  layout: "lanes" | "force";
  /** Changes when a new graph (not just a new style) is drawn: the view is fitted then. */
  graphKey: string;
  /** Changes when the layout was redone for a new canvas size: fitted unless the user has moved or touched. */
  viewportKey: string;
  /** Cytoscape's renderer: fixed for an instance's life, so a change recreates the instance. */
  renderer: "canvas" | "webgl";
  onSelect: (id: string | null) => void;
  onActivate: (id: string) => void;
  onContextMenu: (id: string, x: number, y: number) => void;
  onReady: (cy: Core) => void;
  /** The canvas's size, whenever it changes: the lane layout is shaped to it. */
  onViewport: (viewport: Viewport) => void;
}

/** Cytoscape's renderer reads these on every frame: large views turn them on, small ones off. */
type ViewportOptimisations = { hideEdgesOnViewport: boolean; textureOnViewport: boolean };

/**
 * The container's size as laid out now, unless it is `last`; Cytoscape re-reads it then (only then: a resize
 * redraws every element).
 */
function newSize(cy: Core, last: Viewport | null): Viewport | null {
  const box = cy.container();
  const size = { width: box?.clientWidth ?? 0, height: box?.clientHeight ?? 0 };
  if (last?.width === size.width && last.height === size.height) return null;
  cy.resize();
  return size;
}

/** Fits the objects and the lane titles with the layout's padding, never enlarging a small picture past the cap. */
function fitAll(cy: Core): void {
  cy.fit(cy.nodes(".object, .band-label, .lane-label"), FIT_PADDING);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(cy.nodes(".object, .band"));
  }
}

/**
 * The Cytoscape canvas. Lane layout positions arrive with the elements (preset); the force option runs
 * Cytoscape's cose. A new graph, a layout switch or a resize the user has not panned away from fits the view;
 * other changes (expand, filters, selection) keep the user's zoom and keep the node they last touched where
 * it was on screen. Tap selects, double tap (or Enter) activates: expand, or open a group. A hover card shows
 * an object's full id, name, type and status. Over 80 lines because the Cytoscape instance's life (create,
 * feed elements, listen, resize, destroy) is one set of effects on one ref.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const applied = useRef<{ signature: string; key: string; layout: string; viewport: string } | null>(null);
  // The node the user last tapped or expanded: it stays put on screen when the picture around it changes.
  const anchor = useRef<string | null>(null);
  // Where that node was last seen on screen (kept while a reload shows the picture without it).
  const anchorSpot = useRef<{ x: number; y: number } | null>(null);
  // Whether the user has panned or zoomed since the last fit (then a resize keeps their view).
  const moved = useRef(false);
  // The container's size when the canvas's size was last reported through onViewport.
  const reported = useRef<Viewport | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  // Whether the instance's stylesheet is the large-view one (it starts with the other).
  const styledLarge = useRef(false);

  /** Reports the canvas's size when it changed; true when it did (a new layout for it may follow). */
  const reportSize = (cy: Core): boolean => {
    const size = newSize(cy, reported.current);
    if (size) {
      reported.current = size;
      handlers.current.onViewport({ width: cy.width(), height: cy.height() });
    }
    return size !== null;
  };

  // Layout effects, both: the elements are drawn in the commit that brings them, after the canvas's size in
  // that commit is known (see below), and the instance must exist by then.
  useLayoutEffect(() => {
    const cy = cytoscape({
      container: container.current,
      elements: [],
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 3,
      boxSelectionEnabled: false,
      // No layout at creation (Cytoscape's default is a grid run); the first graph's sheet is parsed here, once.
      layout: { name: "null" },
      style: cyStyle(0),
      ...(props.renderer === "webgl" ? { renderer: { name: "canvas", webgl: true } as never } : {}),
    });
    const touch = (node: cytoscape.NodeSingular) => {
      moved.current = true;
      anchor.current = node.id();
      anchorSpot.current = { ...node.renderedPosition() };
    };
    cy.on("tap", "node.object", (e) => {
      touch(e.target as cytoscape.NodeSingular);
      handlers.current.onSelect(e.target.id() as string);
    });
    cy.on("tap", (e) => {
      if (e.target === cy) handlers.current.onSelect(null);
    });
    cy.on("dbltap", "node.object", (e) => {
      touch(e.target as cytoscape.NodeSingular);
      handlers.current.onActivate(e.target.id() as string);
    });
    cy.on("cxttap", "node.object", (e) => {
      const p = e.renderedPosition ?? { x: 0, y: 0 };
      handlers.current.onContextMenu(e.target.id() as string, p.x, p.y);
    });
    cy.on("mouseover", "node.object", (e) => {
      const p = e.target.renderedPosition() as { x: number; y: number };
      setHover({ x: p.x, y: p.y, data: e.target.data() as Hover["data"] });
    });
    cy.on("mouseout", "node.object", () => setHover(null));
    cy.on("dragpan scrollzoom pinchzoom", () => {
      moved.current = true;
      setHover(null);
    });
    cyRef.current = cy;
    styledLarge.current = false;
    applied.current = null;
    reported.current = null;
    handlers.current.onReady(cy);
    // The size now, before the first graph arrives: the first layout is shaped to it (not laid out twice).
    reportSize(cy);
    const observer = new ResizeObserver(() => {
      if (reportSize(cy) && !moved.current && cy.nodes(".object").nonempty()) fitAll(cy);
    });
    if (container.current) observer.observe(container.current);
    return () => {
      observer.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
  }, [props.renderer]);

  /** Draws `p.elements` unless they are what is drawn; fits or keeps the touched node in place (see above). */
  const draw = (cy: Core, p: GraphCanvasProps): void => {
    const signature = `${p.layout}\n${elementsSignature(p.elements)}`;
    if (applied.current?.signature === signature) return;
    const last = applied.current;
    const refit =
      last?.key !== p.graphKey ||
      last.layout !== p.layout ||
      (last.viewport !== p.viewportKey && !moved.current);
    applied.current = { signature, key: p.graphKey, layout: p.layout, viewport: p.viewportKey };
    const held = anchor.current ? cy.getElementById(anchor.current) : null;
    const before = refit ? null : held?.nonempty() ? { ...held.renderedPosition() } : anchorSpot.current;
    const edges = p.elements.filter((e) => e.group === "edges").length;
    const large = edges > LARGE_VIEW_EDGES;
    const optimisations: ViewportOptimisations = { hideEdgesOnViewport: large, textureOnViewport: large };
    Object.assign((cy as unknown as { renderer(): ViewportOptimisations }).renderer(), optimisations);
    cy.batch(() => {
      cy.elements().remove();
      // The sheet is parsed again only when the view crosses the large-view line (its two sheets differ).
      if (large !== styledLarge.current) cy.style(cyStyle(edges));
      styledLarge.current = large;
      cy.add(p.elements);
    });
    if (p.layout === "force") {
      cy.nodes(".band, .band-label, .lane-label").remove();
      cy.layout({
        name: "cose",
        animate: false,
        randomize: false,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
        fit: false,
      } as never).run();
    }
    // The lane layout's positions came with the elements: no preset layout to run (it would only set each
    // node's position to itself, an event per node).
    mark("explorer:cy-added");
    // Two animation frames: the one Cytoscape draws in, then the one after it is on screen (the WebGL
    // renderer emits no render event to wait for).
    requestAnimationFrame(() => requestAnimationFrame(() => mark("explorer:first-frame")));
    if (refit) {
      moved.current = false;
      anchor.current = null;
      anchorSpot.current = null;
      fitAll(cy);
      return;
    }
    // Keep the node the user touched where it was, so an expand does not make it jump.
    const after = anchor.current ? cy.getElementById(anchor.current) : null;
    if (before && after?.nonempty()) {
      const now = after.renderedPosition();
      cy.panBy({ x: before.x - now.x, y: before.y - now.y });
      anchorSpot.current = before;
    }
  };

  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    // The commit that brings a graph often resizes the canvas too (a notice over it, panels beside it), which
    // the ResizeObserver would report only after these elements were drawn, and the layout made for the new
    // size would then be drawn a second time. Reported here, the new layout follows at once (React runs
    // updates from layout effects before this task ends): draw whatever is latest after it.
    if (reportSize(cy)) {
      queueMicrotask(() => {
        if (cyRef.current === cy) draw(cy, handlers.current);
      });
      return;
    }
    draw(cy, props);
  }, [props.elements, props.layout, props.graphKey, props.viewportKey, props.renderer]);

  return (
    <div className="canvas-wrap">
      <div
        ref={container}
        className="canvas"
        role="img"
        aria-label="Lineage graph"
        data-testid="canvas"
        data-renderer={props.renderer}
      />
      {hover && <HoverCard hover={hover} />}
    </div>
  );
}

import type { Core, ElementDefinition } from "cytoscape";
import { useEffect, useRef, useState } from "react";
import type { ActionContext } from "../actions/registry.ts";
import type { Viewport } from "../graph/lane-layout.ts";
import type { ViewState } from "../graph/url-state.ts";
import { activation } from "../state/view-reducer.ts";
import { ContextMenu } from "./ContextMenu.tsx";
import { GraphCanvas } from "./GraphCanvas.tsx";

/**
 * For printing, the whole graph as one picture (the live canvas keeps its screen size and prints clipped and
 * off-centre): made when the browser starts printing, dropped after.
 */
function usePrintedPicture(cy: { current: Core | null }): string | null {
  const [picture, setPicture] = useState<string | null>(null);
  useEffect(() => {
    const before = () => {
      const instance = cy.current;
      if (instance) setPicture(instance.png({ full: true, bg: "#ffffff", scale: 2 }));
    };
    const after = () => setPicture(null);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, [cy]);
  return picture;
}

export interface FilterNote {
  text: string;
  mode: "dim" | "hide";
  dimmed: number;
  drawn: number;
  onClear: () => void;
}

/** "Filter: only Incident — 21 of 25 objects dimmed [Clear]", floating over the canvas's top left. */
function FilterNoteBar(props: { note: FilterNote }) {
  const { note } = props;
  return (
    <div className="filter-note" role="status" data-testid="filter-note">
      Filter: {note.text} —{" "}
      {note.mode === "dim" ? `${note.dimmed} of ${note.drawn} objects dimmed` : `${note.drawn} objects shown`}{" "}
      <button type="button" onClick={note.onClear}>
        Clear filter
      </button>
    </div>
  );
}

/** The canvas and its right-click menu: click selects, double-click expands or collapses, right-click opens the menu. */
export function GraphArea(props: {
  ctx: ActionContext;
  elements: ElementDefinition[];
  layout: ViewState["layout"];
  graphKey: string;
  viewportKey: string;
  renderer: "canvas" | "webgl";
  onSelect: (id: string | null) => void;
  onReady: (cy: Core) => void;
  onViewport: (viewport: Viewport) => void;
  /** The active filter, said over the canvas with a way out (null when nothing filters). */
  filterNote: FilterNote | null;
}) {
  const { ctx } = props;
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null);
  const cy = useRef<Core | null>(null);
  const printed = usePrintedPicture(cy);
  return (
    <div className="graph-area">
      <GraphCanvas
        elements={props.elements}
        layout={props.layout}
        graphKey={props.graphKey}
        viewportKey={props.viewportKey}
        renderer={props.renderer}
        onViewport={props.onViewport}
        onSelect={(id) => {
          props.onSelect(id);
          setMenu(null);
        }}
        onActivate={(id) => ctx.dispatch(activation(id, ctx.state.expanded))}
        onContextMenu={(id, x, y) => {
          props.onSelect(id);
          setMenu({ id, x, y });
        }}
        onReady={(instance) => {
          cy.current = instance;
          props.onReady(instance);
        }}
      />
      {props.filterNote && <FilterNoteBar note={props.filterNote} />}
      {printed && <img className="print-only printed-graph" src={printed} alt="The graph as drawn" />}
      {menu && <ContextMenu menu={menu} ctx={ctx} onClose={() => setMenu(null)} />}
    </div>
  );
}

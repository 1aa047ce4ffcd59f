import type { ActionContext } from "../actions/registry.ts";
import { rolesInView } from "../graph/link-roles.ts";
import type { GraphEdge, WhyHerePath } from "../graph/types.ts";
import type { Loaded } from "../state/use-load.ts";
import type { GraphData } from "../state/use-graph-data.ts";
import { DetailsPanel } from "./DetailsPanel.tsx";
import { ImpactPanel } from "./ImpactPanel.tsx";
import { KeyHints } from "./KeyHints.tsx";
import { Legend } from "./Legend.tsx";
import { TracePanel } from "./TracePanel.tsx";
import { WhyHerePanel } from "./WhyHerePanel.tsx";

/**
 * The column beside the graph: the selection (why it is here, its details), the view's own panel (impact,
 * trace), the legend.
 */
export function SidePanels(props: {
  ctx: ActionContext;
  data: GraphData;
  types: readonly string[];
  /** The drawn links: the legend lists their roles. */
  edges: readonly GraphEdge[];
  /** Why the selected object is in the view. */
  why: Loaded<WhyHerePath | null>;
  /** Which renderer draws the canvas, and why (the legend says it). */
  renderer: string;
}) {
  const { ctx, data } = props;
  const { state, selected, dispatch } = ctx;
  const root = (id: string) => dispatch({ type: "root", id });
  return (
    <div className="side">
      {/* The selection first: what the user just clicked is what they look for (then the view's own panel). */}
      {selected && props.why.status !== "idle" && <WhyHerePanel id={selected} why={props.why} />}
      {selected && (
        <DetailsPanel
          id={selected}
          onRoot={root}
          onTrace={(id) => dispatch({ type: "root", id, view: "trace" })}
          onImpact={(id) => dispatch({ type: "root", id, view: "impact" })}
        />
      )}
      {state.view === "impact" && data.impact && <ImpactPanel impact={data.impact} onRoot={root} />}
      {state.view === "trace" && data.trace && state.root && (
        <TracePanel
          root={state.root}
          trace={data.trace}
          onRoot={root}
          onExport={ctx.exportAs}
          onPrint={ctx.print}
        />
      )}
      <Legend
        types={props.types}
        onPick={(t) => dispatch({ type: "filter", filter: { types: [t] } })}
        roles={rolesInView(props.edges)}
        fadeLinks={state.fadeLinks}
        onFade={(fade) => dispatch({ type: "fadeLinks", fade })}
        renderer={props.renderer}
      />
      {!selected && state.view === "lineage" && <KeyHints />}
    </div>
  );
}

import type { Core } from "cytoscape";
import { useEffect, useMemo, useRef, useState } from "react";
import { command } from "../actions/registry.ts";
import type { ActionContext } from "../actions/registry.ts";
import { useCommandKeys } from "../actions/use-command-keys.ts";
import { installExplorerHandle } from "../explorer-handle.ts";
import type { Viewport } from "../graph/lane-layout.ts";
import { facetsOf, filterSummary } from "../graph/filter-facets.ts";
import { NO_FILTER } from "../graph/filter-graph.ts";
import { chooseRenderer } from "../graph/renderer-choice.ts";
import { EMPTY_GRAPH } from "../graph/types.ts";
import { viewPipeline } from "../graph/view-pipeline.ts";
import type { DrawnView } from "../graph/view-pipeline.ts";
import { mark } from "../perf-marks.ts";
import { useGraphData } from "../state/use-graph-data.ts";
import { useIdSpelling } from "../state/use-id-spelling.ts";
import { useLanding } from "../state/use-landing.ts";
import { useWhyHere } from "../state/use-queries.ts";
import { useUrlState } from "../state/use-url-state.ts";
import type { ViewAction } from "../state/view-reducer.ts";
import { CoveragePage } from "./CoveragePage.tsx";
import { exportView } from "./export-view.ts";
import { FiltersPanel } from "./FiltersPanel.tsx";
import { GraphArea } from "./GraphArea.tsx";
import { Header } from "./Header.tsx";
import { HelpDialog } from "./HelpDialog.tsx";
import { Notices } from "./Notices.tsx";
import { SidePanels } from "./SidePanels.tsx";
import { Toolbar } from "./Toolbar.tsx";
import { webGL2Support } from "./webgl-support.ts";

/** The canvas size the layout is shaped to, in steps of this many pixels (a small resize keeps the layout). */
const VIEWPORT_STEP = 40;

const NOTHING_DRAWN: DrawnView = { graph: EMPTY_GRAPH, layout: null, highlighted: new Set(), elements: [] };

/**
 * The explorer: search, graph views (lineage, impact, audit trace), details, filters, coverage. Composition
 * only: view state lives in the URL (useUrlState), data comes through the loading hooks, the drawn graph from
 * the pure view pipeline, and every user command from the registry (toolbar, keys, menu, tests). About 100
 * lines because it is the composition root (hooks in, components out); splitting it further would only pass
 * the same props through one more layer.
 */
export function App() {
  const { state, dispatch: urlDispatch, redirect } = useUrlState();
  const [selected, setSelected] = useState<string | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const cyRef = useRef<Core | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const data = useGraphData(state);
  const landingError = useLanding(state, redirect);
  useIdSpelling(state, data.error?.code === "NOT_FOUND", redirect);
  const why = useWhyHere(state, selected);
  const [viewport, setViewport] = useState<Viewport | undefined>(undefined);
  const view = useMemo(
    () => {
      // Until the canvas has reported its size (in the first commit) the lanes have nothing to be shaped to,
      // so nothing is laid out: a graph already there at the first render is laid out and drawn once.
      if (!viewport) return NOTHING_DRAWN;
      const drawn = viewPipeline({
        graph: data.graph,
        trace: data.trace,
        why: why.data,
        state,
        selected,
        viewport,
      });
      mark("explorer:view-built");
      return drawn;
    },
    // Only what the pipeline reads: a change elsewhere in the state (direction, depth) reloads data first.
    [
      data.graph,
      data.trace,
      why.data,
      state.root,
      state.openGroups,
      state.filter,
      state.model,
      state.layout,
      state.fadeLinks,
      state.badges,
      state.expanded,
      selected,
      viewport,
    ],
  );
  const renderer = chooseRenderer(state.renderer, webGL2Support, view.elements.length);

  const dispatch = (action: ViewAction) => {
    if (action.type === "root") setSelected(null);
    urlDispatch(action);
  };
  const ctx: ActionContext = {
    state,
    selected,
    dispatch,
    focusSearch: () => searchRef.current?.focus(),
    fit: () => cyRef.current?.fit(cyRef.current.nodes(".object"), 40),
    exportAs: (format) =>
      exportView(format, {
        cy: cyRef.current,
        name: `${state.view}-${state.root ?? "graph"}`,
        title: `${command(`view.${state.view}`).label} of ${state.root ?? ""}`,
        view,
        data,
        viewName: state.view,
      }),
    print: () => window.print(),
    filtersOpen,
    toggleFilters: () => setFiltersOpen((open) => !open),
    toggleHelp: () => setHelpOpen((open) => !open),
  };
  const ctxRef = useRef(ctx);
  const rendererRef = useRef(renderer.renderer);
  rendererRef.current = renderer.renderer;
  ctxRef.current = ctx;
  useCommandKeys(ctxRef);
  useEffect(() =>
    installExplorerHandle({
      cy: () => cyRef.current,
      state: () => ctxRef.current.state,
      data: () => data,
      selected: () => ctxRef.current.selected,
      run: (id, selection) => {
        if (selection) setSelected(selection);
        command(id).run({ ...ctxRef.current, selected: selection ?? ctxRef.current.selected });
      },
      dispatch: (action) => ctxRef.current.dispatch(action),
      renderer: () => rendererRef.current,
    }),
  );

  const types = [...new Set(data.graph.nodes.map((n) => n.type))];
  const filterNote = filterSummary(state.filter, state.model);
  return (
    <div className="app" data-status={data.status} data-loads={data.loads}>
      {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
      <Header ctx={ctx} searchRef={searchRef} onPick={(id) => dispatch({ type: "root", id })} />
      {state.view === "coverage" ? (
        <main className="page">
          <CoveragePage
            type={state.coverageType}
            onType={(coverageType) => dispatch({ type: "coverageType", coverageType })}
            onOpen={(id) => dispatch({ type: "root", id, view: "trace" })}
          />
        </main>
      ) : (
        <>
          <Toolbar ctx={ctx} />
          <Notices
            state={state}
            data={data}
            landingError={landingError}
            onLoadMore={() => dispatch({ type: "loadMore" })}
          />
          <main className="workspace">
            {filtersOpen && (
              <FiltersPanel
                filter={state.filter}
                facets={facetsOf(data.graph, state.model, state.filter)}
                onChange={(filter) => dispatch({ type: "filter", filter })}
              />
            )}
            <GraphArea
              ctx={ctx}
              elements={view.elements}
              layout={state.layout}
              graphKey={`${state.root}|${state.view}|${state.depth}|${state.direction}`}
              viewportKey={`${viewport?.width}x${viewport?.height}`}
              renderer={renderer.renderer}
              onViewport={(size) => {
                const step = (n: number) =>
                  Math.max(VIEWPORT_STEP, Math.floor(n / VIEWPORT_STEP) * VIEWPORT_STEP);
                const next = { width: step(size.width), height: step(size.height) };
                setViewport((old) => (old?.width === next.width && old.height === next.height ? old : next));
              }}
              onSelect={setSelected}
              filterNote={
                filterNote === null
                  ? null
                  : {
                      text: filterNote,
                      mode: state.filter.mode,
                      dimmed: view.elements.filter(
                        (e) => e.group === "nodes" && ` ${String(e.classes ?? "")} `.includes(" dimmed "),
                      ).length,
                      drawn: view.graph.nodes.length,
                      onClear: () =>
                        dispatch({ type: "filter", filter: { ...NO_FILTER, mode: state.filter.mode } }),
                    }
              }
              onReady={(cy) => {
                cyRef.current = cy;
              }}
            />
            <SidePanels
              ctx={ctx}
              data={data}
              types={types}
              edges={view.graph.edges}
              why={why}
              renderer={renderer.reason}
            />
          </main>
        </>
      )}
    </div>
  );
}

import type { Core } from "cytoscape";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { COMMANDS, command, commandForKey } from "../actions/registry.ts";
import type { ActionContext } from "../actions/registry.ts";
import { getToken, setToken } from "../api/graphql.ts";
import { api } from "../api/queries.ts";
import { filterGraph } from "../graph/filter-graph.ts";
import { traceHighlight } from "../graph/from-results.ts";
import { groupNeighbours } from "../graph/group-neighbours.ts";
import { laneLayout } from "../graph/lane-layout.ts";
import { graphSvg } from "../graph/svg-export.ts";
import { toElements } from "../graph/to-elements.ts";
import { traceCsv } from "../graph/trace-export.ts";
import type { Point } from "../graph/types.ts";
import { decodeState, encodeState } from "../graph/url-state.ts";
import type { View } from "../graph/url-state.ts";
import { useGraphData } from "../state/use-graph-data.ts";
import { isNavigation, viewReducer } from "../state/view-reducer.ts";
import type { ViewAction } from "../state/view-reducer.ts";
import { CoveragePage } from "./CoveragePage.tsx";
import { DetailsPanel } from "./DetailsPanel.tsx";
import { download } from "./download.ts";
import { FiltersPanel } from "./FiltersPanel.tsx";
import { GraphCanvas } from "./GraphCanvas.tsx";
import { ImpactPanel, impactCsv } from "./ImpactPanel.tsx";
import { Legend } from "./Legend.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { TracePanel } from "./TracePanel.tsx";

const GROUP_THRESHOLD = 20;
const VIEWS: { id: View; label: string }[] = [
  { id: "lineage", label: "Lineage" },
  { id: "impact", label: "Impact" },
  { id: "trace", label: "Audit trace" },
  { id: "coverage", label: "Coverage" },
];

declare global {
  interface Window {
    __explorer?: unknown;
  }
}

/** The explorer: search, graph views (lineage, impact, audit trace), details, filters, coverage. */
export function App() {
  const [state, rawDispatch] = useReducer(viewReducer, undefined, () => decodeState(window.location.search));
  const [selected, setSelected] = useState<string | null>(null);
  const [menu, setMenu] = useState<{ id: string; x: number; y: number } | null>(null);
  const [showFilters, setShowFilters] = useState(false);
  const [landingError, setLandingError] = useState<string | null>(null);
  const cyRef = useRef<Core | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const pendingPush = useRef(false);
  const data = useGraphData(state);

  const dispatch = useCallback((action: ViewAction) => {
    if (isNavigation(action)) pendingPush.current = true;
    if (action.type === "root") setSelected(null);
    rawDispatch(action);
  }, []);

  // View state lives in the URL: navigation pushes a history entry (Back returns), the rest replaces it.
  useEffect(() => {
    const url = `${window.location.pathname}${encodeState(state)}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (pendingPush.current) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    pendingPush.current = false;
  }, [state]);
  useEffect(() => {
    const onPop = () => rawDispatch({ type: "replace", state: decodeState(window.location.search) });
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  // Landing page is never blank: without a root, open the audit trace of the most recent P1 incident.
  useEffect(() => {
    searchRef.current?.focus();
    if (state.root || state.view === "coverage") return;
    const controller = new AbortController();
    api.overview(controller.signal).then(
      (overview) => {
        const start = overview.latestP1Incident?.id;
        if (start) rawDispatch({ type: "root", id: start, view: "trace" });
        else
          setLandingError(
            overview.totalNodes === 0
              ? "The database is empty: import data (npm run import) or load the demo (npm run seed -- --demo)."
              : null,
          );
      },
      (e: Error) => !controller.signal.aborted && setLandingError(e.message),
    );
    return () => controller.abort();
  }, []);

  const view = useMemo(() => {
    const keep = new Set([state.root ?? "", selected ?? ""]);
    const grouped = groupNeighbours(data.graph, {
      threshold: GROUP_THRESHOLD,
      expanded: new Set(state.openGroups),
      keep,
    });
    const filtered = filterGraph(grouped, state.filter, {
      model: state.model,
      ...(state.root ? { root: state.root } : {}),
    });
    const layout = state.layout === "lanes" ? laneLayout(filtered.graph, { model: state.model }) : null;
    const highlighted = data.trace ? traceHighlight(data.trace) : new Set<string>();
    const elements = toElements(filtered.graph, {
      root: state.root,
      dimmed: filtered.dimmed,
      highlighted,
      layout,
    });
    return { graph: filtered.graph, layout, highlighted, elements };
  }, [
    data.graph,
    data.trace,
    state.root,
    state.openGroups,
    state.filter,
    state.model,
    state.layout,
    selected,
  ]);

  const positions = (): Map<string, Point> => {
    const cy = cyRef.current;
    const map = new Map<string, Point>();
    if (cy) cy.nodes(".object").forEach((n) => void map.set(n.id(), { ...n.position() }));
    return map;
  };

  const title = `${VIEWS.find((v) => v.id === state.view)?.label ?? ""} of ${state.root ?? ""}`;
  const exportAs = (format: "png" | "svg" | "json" | "csv") => {
    const name = `${state.view}-${state.root ?? "graph"}`;
    const cy = cyRef.current;
    if (format === "png" && cy)
      download(
        `${name}.png`,
        cy.png({ full: true, bg: "#ffffff", scale: 2, output: "blob" }) as unknown as Blob,
      );
    if (format === "svg")
      download(
        `${name}.svg`,
        graphSvg(view.graph, positions(), { title, highlight: view.highlighted }),
        "image/svg+xml",
      );
    if (format === "json") {
      const body = data.trace ?? data.impact ?? view.graph;
      download(`${name}.json`, JSON.stringify(body, null, 2), "application/json");
    }
    if (format === "csv") {
      const csv = data.trace ? traceCsv(data.trace) : data.impact ? impactCsv(data.impact) : null;
      if (csv) download(`${name}.csv`, csv, "text/csv");
      else
        download(
          `${name}.csv`,
          [
            "id,type,name,status",
            ...view.graph.nodes.map((n) =>
              [n.id, n.type, n.name, n.status ?? ""].map((v) => `"${v.replaceAll('"', '""')}"`).join(","),
            ),
          ].join("\r\n") + "\r\n",
          "text/csv",
        );
    }
  };

  const ctx: ActionContext = {
    state,
    selected,
    dispatch,
    focusSearch: () => searchRef.current?.focus(),
    fit: () => cyRef.current?.fit(cyRef.current.nodes(".object"), 40),
    exportAs,
    print: () => window.print(),
  };
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
        return;
      const cmd = commandForKey(e.key);
      if (!cmd || (cmd.needsSelection && !ctxRef.current.selected)) return;
      e.preventDefault();
      cmd.run(ctxRef.current);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // Read-only test handle, in dev and test builds only.
  useEffect(() => {
    if (import.meta.env.MODE === "production") return;
    window.__explorer = {
      cy: () => cyRef.current,
      state: () => ctxRef.current.state,
      data: () => data,
      selected: () => ctxRef.current.selected,
      run: (id: string, selection?: string) => {
        if (selection) setSelected(selection);
        command(id).run({ ...ctxRef.current, selected: selection ?? ctxRef.current.selected });
      },
      dispatch,
    };
  });

  const activate = (id: string) => {
    if (id.startsWith("group:")) dispatch({ type: "openGroup", id });
    else if (state.expanded.includes(id)) dispatch({ type: "collapse", id });
    else dispatch({ type: "expand", id });
  };

  const types = [...new Set(data.graph.nodes.map((n) => n.type))];
  const statuses = [...new Set(data.graph.nodes.map((n) => n.status).filter((s): s is string => s !== null))];
  const run = (id: string) => command(id).run(ctx);

  return (
    <div className="app" data-status={data.status} data-loads={data.loads}>
      <header>
        <h1>
          <a href="/" title="IT4IT traceability explorer">
            IT4IT explorer
          </a>
        </h1>
        <SearchBox inputRef={searchRef} onPick={(id) => dispatch({ type: "root", id })} />
        <nav className="tabs" aria-label="Views">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              aria-pressed={state.view === v.id}
              onClick={() => dispatch({ type: "view", view: v.id })}
            >
              {v.label}
            </button>
          ))}
        </nav>
        <TokenButton />
      </header>
      {state.view === "coverage" ? (
        <main className="page">
          <CoveragePage onOpen={(id) => dispatch({ type: "root", id, view: "trace" })} />
        </main>
      ) : (
        <>
          <div className="toolbar" role="toolbar" aria-label="Graph controls">
            <span className="root-label">
              Root: <strong data-testid="root">{state.root ?? "—"}</strong>
            </span>
            {state.view === "lineage" && (
              <>
                <div className="segmented" role="group" aria-label="Direction">
                  {(["UPSTREAM", "BOTH", "DOWNSTREAM"] as const).map((d) => (
                    <button
                      key={d}
                      type="button"
                      aria-pressed={state.direction === d}
                      onClick={() => dispatch({ type: "direction", direction: d })}
                    >
                      {d === "UPSTREAM" ? "↑ Upstream" : d === "DOWNSTREAM" ? "Downstream ↓" : "Both"}
                    </button>
                  ))}
                </div>
                <label className="depth">
                  Depth
                  <button type="button" onClick={() => run("depth.less")} aria-label="Less depth">
                    −
                  </button>
                  <span data-testid="depth">{state.depth}</span>
                  <button type="button" onClick={() => run("depth.more")} aria-label="More depth">
                    +
                  </button>
                </label>
              </>
            )}
            <button type="button" onClick={() => run("layout.toggle")}>
              {state.layout === "lanes" ? "Force layout" : "Lane layout"}
            </button>
            <button type="button" onClick={() => run("model.toggle")}>
              {state.model === "2" ? "IT4IT 3.0 streams" : "IT4IT 2.x streams"}
            </button>
            <button type="button" onClick={() => setShowFilters((v) => !v)} aria-pressed={showFilters}>
              Filters
            </button>
            <button type="button" onClick={() => run("fit")}>
              Fit
            </button>
            <span className="spacer" />
            {(["png", "svg", "json", "csv"] as const).map((f) => (
              <button key={f} type="button" onClick={() => exportAs(f)} data-testid={`export-${f}`}>
                {f.toUpperCase()}
              </button>
            ))}
          </div>
          {data.status === "loading" && (
            <div className="loading" role="status">
              Loading…
            </div>
          )}
          {data.error && (
            <div className="notice error" role="alert" data-testid="error">
              <strong>{data.error.code}</strong>: {data.error.message}
            </div>
          )}
          {landingError && !state.root && (
            <div className="notice error" role="alert">
              {landingError}
            </div>
          )}
          {data.truncated && state.view !== "trace" && (
            <div className="notice warn" data-testid="truncated">
              Showing {data.graph.nodes.length} of {data.totalNodes} objects (the server capped the result).{" "}
              <button type="button" onClick={() => dispatch({ type: "loadMore" })}>
                Load more
              </button>
            </div>
          )}
          <main className="workspace">
            {showFilters && (
              <FiltersPanel
                filter={state.filter}
                model={state.model}
                types={types}
                statuses={statuses}
                onChange={(filter) => dispatch({ type: "filter", filter })}
              />
            )}
            <div className="graph-area">
              <GraphCanvas
                elements={view.elements}
                layout={state.layout}
                graphKey={`${state.root}|${state.view}|${data.loads}`}
                onSelect={(id) => {
                  setSelected(id);
                  setMenu(null);
                }}
                onActivate={activate}
                onContextMenu={(id, x, y) => {
                  setSelected(id);
                  setMenu({ id, x, y });
                }}
                onReady={(cy) => {
                  cyRef.current = cy;
                }}
              />
              {menu && (
                <ul className="context-menu" role="menu" style={{ left: menu.x, top: menu.y }}>
                  {COMMANDS.filter((c) => c.needsSelection).map((c) => (
                    <li key={c.id}>
                      <button
                        type="button"
                        role="menuitem"
                        onClick={() => {
                          c.run({ ...ctx, selected: menu.id });
                          setMenu(null);
                        }}
                      >
                        {c.label}
                        {c.key ? <kbd>{c.key}</kbd> : null}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div className="side">
              {state.view === "impact" && data.impact && (
                <ImpactPanel impact={data.impact} onRoot={(id) => dispatch({ type: "root", id })} />
              )}
              {state.view === "trace" && data.trace && state.root && (
                <TracePanel
                  root={state.root}
                  trace={data.trace}
                  onRoot={(id) => dispatch({ type: "root", id })}
                  onExport={exportAs}
                  onPrint={() => window.print()}
                />
              )}
              {selected && (
                <DetailsPanel
                  id={selected}
                  onRoot={(id) => dispatch({ type: "root", id })}
                  onTrace={(id) => dispatch({ type: "root", id, view: "trace" })}
                  onImpact={(id) => dispatch({ type: "root", id, view: "impact" })}
                />
              )}
              <Legend types={types} onPick={(t) => dispatch({ type: "filter", filter: { types: [t] } })} />
              {!selected && state.view === "lineage" && (
                <section className="panel hint">
                  <p>
                    Click an object for its details; double-click to expand or collapse its neighbours;
                    right-click for more.
                  </p>
                  <p className="muted">
                    Keys: / search · l i t c views · u b d direction · + − depth · e x expand/collapse · Enter
                    make root · f layout · 0 fit
                  </p>
                </section>
              )}
            </div>
          </main>
        </>
      )}
    </div>
  );
}

/** Paste a bearer token (e.g. an auditor's) so approvers and owners become visible. */
function TokenButton() {
  const [has, setHas] = useState(() => getToken() !== null);
  return (
    <button
      type="button"
      className="token"
      onClick={() => {
        if (has) {
          setToken(null);
          setHas(false);
          window.location.reload();
          return;
        }
        const token = window.prompt("Paste a bearer token (the server prints a local one at start):");
        if (token) {
          setToken(token.trim());
          setHas(true);
          window.location.reload();
        }
      }}
    >
      {has ? "Signed in · sign out" : "Sign in with token"}
    </button>
  );
}

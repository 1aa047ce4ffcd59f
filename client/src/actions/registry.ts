import type { ViewAction } from "../state/view-reducer.ts";
import type { ViewState } from "../graph/url-state.ts";

/** What an action can reach: the view state, the selection, and the explorer's side effects. */
export interface ActionContext {
  state: ViewState;
  selected: string | null;
  dispatch: (action: ViewAction) => void;
  focusSearch: () => void;
  fit: () => void;
  exportAs: (format: "png" | "svg" | "json" | "csv") => void;
  print: () => void;
}

/** A user command: one entry used by the toolbar, the context menu, the keyboard and the tests. */
export interface Command {
  id: string;
  label: string;
  /** Keyboard key (KeyboardEvent.key), when the command has one. */
  key?: string;
  /** Needs a selected node. */
  needsSelection?: boolean;
  run: (ctx: ActionContext) => void;
}

const selected = (ctx: ActionContext) => ctx.selected as string;

export const COMMANDS: readonly Command[] = [
  { id: "search", label: "Search", key: "/", run: (c) => c.focusSearch() },
  {
    id: "view.lineage",
    label: "Lineage",
    key: "l",
    run: (c) => c.dispatch({ type: "view", view: "lineage" }),
  },
  { id: "view.impact", label: "Impact", key: "i", run: (c) => c.dispatch({ type: "view", view: "impact" }) },
  {
    id: "view.trace",
    label: "Audit trace",
    key: "t",
    run: (c) => c.dispatch({ type: "view", view: "trace" }),
  },
  {
    id: "view.coverage",
    label: "Coverage",
    key: "c",
    run: (c) => c.dispatch({ type: "view", view: "coverage" }),
  },
  {
    id: "direction.up",
    label: "Upstream",
    key: "u",
    run: (c) => c.dispatch({ type: "direction", direction: "UPSTREAM" }),
  },
  {
    id: "direction.down",
    label: "Downstream",
    key: "d",
    run: (c) => c.dispatch({ type: "direction", direction: "DOWNSTREAM" }),
  },
  {
    id: "direction.both",
    label: "Both",
    key: "b",
    run: (c) => c.dispatch({ type: "direction", direction: "BOTH" }),
  },
  {
    id: "depth.more",
    label: "Depth +1",
    key: "+",
    run: (c) => c.dispatch({ type: "depth", depth: c.state.depth + 1 }),
  },
  {
    id: "depth.less",
    label: "Depth −1",
    key: "-",
    run: (c) => c.dispatch({ type: "depth", depth: c.state.depth - 1 }),
  },
  {
    id: "layout.toggle",
    label: "Lanes / force layout",
    key: "f",
    run: (c) => c.dispatch({ type: "layout", layout: c.state.layout === "lanes" ? "force" : "lanes" }),
  },
  {
    id: "model.toggle",
    label: "IT4IT 2.x / 3.0 streams",
    key: "m",
    run: (c) => c.dispatch({ type: "model", model: c.state.model === "2" ? "3" : "2" }),
  },
  { id: "fit", label: "Fit to screen", key: "0", run: (c) => c.fit() },
  {
    id: "node.root",
    label: "Make root",
    key: "Enter",
    needsSelection: true,
    run: (c) => c.dispatch({ type: "root", id: selected(c) }),
  },
  {
    id: "node.expand",
    label: "Expand neighbours",
    key: "e",
    needsSelection: true,
    run: (c) => c.dispatch({ type: "expand", id: selected(c) }),
  },
  {
    id: "node.collapse",
    label: "Collapse neighbours",
    key: "x",
    needsSelection: true,
    run: (c) => c.dispatch({ type: "collapse", id: selected(c) }),
  },
  {
    id: "node.impact",
    label: "Impact from here",
    needsSelection: true,
    run: (c) => c.dispatch({ type: "root", id: selected(c), view: "impact" }),
  },
  {
    id: "node.trace",
    label: "Trace to decision",
    needsSelection: true,
    run: (c) => c.dispatch({ type: "root", id: selected(c), view: "trace" }),
  },
  { id: "export.png", label: "Export PNG", run: (c) => c.exportAs("png") },
  { id: "export.svg", label: "Export SVG", run: (c) => c.exportAs("svg") },
  { id: "export.json", label: "Export JSON", run: (c) => c.exportAs("json") },
  { id: "export.csv", label: "Export CSV", run: (c) => c.exportAs("csv") },
  { id: "print", label: "Printable report", key: "p", run: (c) => c.print() },
];

export function command(id: string): Command {
  const found = COMMANDS.find((c) => c.id === id);
  if (!found) throw new Error(`cannot happen: no command ${id}`);
  return found;
}

/** The command bound to a key, if any. */
export function commandForKey(key: string): Command | undefined {
  return COMMANDS.find((c) => c.key === key);
}

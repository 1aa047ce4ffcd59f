import type { ExportFormat } from "../graph/export-file.ts";
import type { View, ViewState } from "../graph/url-state.ts";
import type { ViewAction } from "../state/view-reducer.ts";

/** What an action can reach: the view state, the selection, and the explorer's side effects. */
export interface ActionContext {
  state: ViewState;
  selected: string | null;
  dispatch: (action: ViewAction) => void;
  focusSearch: () => void;
  fit: () => void;
  exportAs: (format: ExportFormat) => void;
  print: () => void;
  /** Whether the filters panel is open, and its toggle (UI state, not in the URL). */
  filtersOpen: boolean;
  toggleFilters: () => void;
  /** The keyboard help's toggle (UI state). */
  toggleHelp: () => void;
}

/** Where a command shows as a button: header tabs, or a group of the graph toolbar (in registry order). */
export type ToolbarGroup = "tabs" | "direction" | "depth" | "display" | "export";

export interface ToolbarButton {
  group: ToolbarGroup;
  /** The button's text when it is not the label (it may depend on the state). */
  text?: (ctx: ActionContext) => string;
  /** Shown pressed (aria-pressed) when true. */
  pressed?: (ctx: ActionContext) => boolean;
  /** Accessible name, when the text is a symbol. */
  ariaLabel?: string;
  testId?: string;
  /** Only in these views (default: every graph view). */
  views?: readonly View[];
}

/** A user command: one entry used by the toolbar, the context menu, the keyboard and the tests. */
export interface Command {
  id: string;
  label: string;
  /** Keyboard key (KeyboardEvent.key), when the command has one. */
  key?: string;
  /** Needs a selected node. */
  needsSelection?: boolean;
  /** Its button, when it has one. */
  button?: ToolbarButton;
  run: (ctx: ActionContext) => void;
}

const selected = (ctx: ActionContext) => ctx.selected as string;

const viewCommand = (view: View, label: string, key: string): Command => ({
  id: `view.${view}`,
  label,
  key,
  button: { group: "tabs", pressed: (c) => c.state.view === view },
  run: (c) => c.dispatch({ type: "view", view }),
});

const directionCommand = (direction: ViewState["direction"], label: string, key: string, text: string) =>
  ({
    id: `direction.${direction === "UPSTREAM" ? "up" : direction === "DOWNSTREAM" ? "down" : "both"}`,
    label,
    key,
    button: {
      group: "direction",
      text: () => text,
      pressed: (c) => c.state.direction === direction,
      views: ["lineage"],
    },
    run: (c) => c.dispatch({ type: "direction", direction }),
  }) satisfies Command;

const exportCommand = (format: ExportFormat): Command => ({
  id: `export.${format}`,
  label: `Export ${format.toUpperCase()}`,
  button: { group: "export", text: () => format.toUpperCase(), testId: `export-${format}` },
  run: (c) => c.exportAs(format),
});

/** Every user command, in the order the toolbar and the key hints show them. */
export const COMMANDS: readonly Command[] = [
  { id: "search", label: "Search", key: "/", run: (c) => c.focusSearch() },
  viewCommand("lineage", "Lineage", "l"),
  viewCommand("impact", "Impact", "i"),
  viewCommand("trace", "Audit trace", "t"),
  viewCommand("coverage", "Coverage", "c"),
  directionCommand("UPSTREAM", "Upstream", "u", "↑ Upstream"),
  directionCommand("BOTH", "Both", "b", "Both"),
  directionCommand("DOWNSTREAM", "Downstream", "d", "Downstream ↓"),
  {
    id: "depth.less",
    label: "Depth −1",
    key: "-",
    button: { group: "depth", text: () => "−", ariaLabel: "Less depth", views: ["lineage"] },
    run: (c) => c.dispatch({ type: "depth", depth: c.state.depth - 1 }),
  },
  {
    id: "depth.more",
    label: "Depth +1",
    key: "+",
    button: { group: "depth", text: () => "+", ariaLabel: "More depth", views: ["lineage"] },
    run: (c) => c.dispatch({ type: "depth", depth: c.state.depth + 1 }),
  },
  {
    id: "layout.toggle",
    label: "Lanes / force layout",
    key: "f",
    button: { group: "display", text: (c) => (c.state.layout === "lanes" ? "Force layout" : "Lane layout") },
    run: (c) => c.dispatch({ type: "layout", layout: c.state.layout === "lanes" ? "force" : "lanes" }),
  },
  {
    id: "model.toggle",
    label: "IT4IT 2.x / 3.0 streams",
    key: "m",
    button: {
      group: "display",
      text: (c) => (c.state.model === "2" ? "IT4IT 3.0 streams" : "IT4IT 2.x streams"),
    },
    run: (c) => c.dispatch({ type: "model", model: c.state.model === "2" ? "3" : "2" }),
  },
  {
    id: "links.fade",
    label: "Fade operational and feedback links",
    key: "o",
    button: { group: "display", text: () => "Fade ops links", pressed: (c) => c.state.fadeLinks },
    run: (c) => c.dispatch({ type: "fadeLinks", fade: !c.state.fadeLinks }),
  },
  {
    id: "work.badges",
    label: "Open-work badges",
    key: "w",
    button: { group: "display", text: () => "Open work", pressed: (c) => c.state.badges },
    run: (c) => c.dispatch({ type: "badges", show: !c.state.badges }),
  },
  {
    id: "filters.toggle",
    label: "Filters",
    button: { group: "display", pressed: (c) => c.filtersOpen },
    run: (c) => c.toggleFilters(),
  },
  {
    id: "fit",
    label: "Fit to screen",
    key: "0",
    button: { group: "display", text: () => "Fit" },
    run: (c) => c.fit(),
  },
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
  exportCommand("png"),
  exportCommand("svg"),
  exportCommand("json"),
  exportCommand("csv"),
  { id: "print", label: "Printable report", key: "p", run: (c) => c.print() },
  { id: "help", label: "Keyboard help", key: "?", run: (c) => c.toggleHelp() },
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

/** The commands that show as buttons of `group` in `view`, in registry order. */
export function buttonsOf(group: ToolbarGroup, view: View): Command[] {
  return COMMANDS.filter((c) => c.button?.group === group && (c.button.views ?? [view]).includes(view));
}

/** A button's text in a context: its own text, else the command's label. */
export function buttonText(c: Command, ctx: ActionContext): string {
  return c.button?.text?.(ctx) ?? c.label;
}

/** The key hints: every command that has a key, with its label, in registry order. */
export function keyHints(): { key: string; label: string }[] {
  return COMMANDS.flatMap((c) => (c.key ? [{ key: c.key, label: c.label }] : []));
}

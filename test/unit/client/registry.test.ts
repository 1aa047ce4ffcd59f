import { describe, expect, it } from "vitest";
import { COMMANDS, buttonText, buttonsOf, keyHints } from "../../../client/src/actions/registry.ts";
import type { ActionContext } from "../../../client/src/actions/registry.ts";
import { DEFAULT_STATE } from "../../../client/src/graph/url-state.ts";

const ctx = (over: Partial<ActionContext> = {}): ActionContext => ({
  state: DEFAULT_STATE,
  selected: null,
  dispatch: () => undefined,
  focusSearch: () => undefined,
  fit: () => undefined,
  exportAs: () => undefined,
  print: () => undefined,
  filtersOpen: false,
  toggleFilters: () => undefined,
  toggleHelp: () => undefined,
  ...over,
});

describe("toolbar and key hints from the command registry", () => {
  it("hints every key the keyboard handles, with its command's label", () => {
    const keyed = COMMANDS.filter((c) => c.key);
    expect(keyHints()).toEqual(keyed.map((c) => ({ key: c.key, label: c.label })));
    expect(keyHints().map((h) => h.key)).toEqual(expect.arrayContaining(["m", "p", "/", "Enter", "0"]));
  });

  it("shows the view tabs everywhere and direction and depth only in the lineage view", () => {
    expect(buttonsOf("tabs", "impact").map((c) => c.id)).toEqual([
      "view.lineage",
      "view.impact",
      "view.trace",
      "view.coverage",
    ]);
    expect(buttonsOf("direction", "lineage").map((c) => buttonText(c, ctx()))).toEqual([
      "↑ Upstream",
      "Both",
      "Downstream ↓",
    ]);
    expect(buttonsOf("direction", "trace")).toEqual([]);
    expect(buttonsOf("depth", "lineage").map((c) => c.button?.ariaLabel)).toEqual([
      "Less depth",
      "More depth",
    ]);
    expect(buttonsOf("export", "trace").map((c) => c.button?.testId)).toEqual([
      "export-png",
      "export-svg",
      "export-json",
      "export-csv",
    ]);
  });

  it("labels and presses buttons from the state, and runs them through the same commands", () => {
    const display = buttonsOf("display", "lineage");
    expect(display.map((c) => buttonText(c, ctx()))).toEqual([
      "Force layout",
      "IT4IT 3.0 streams",
      "Fade ops links",
      "Open work",
      "Filters",
      "Fit",
    ]);
    const filters = display.find((c) => c.id === "filters.toggle");
    expect(filters?.button?.pressed?.(ctx({ filtersOpen: true }))).toBe(true);
    let toggled = 0;
    filters?.run(ctx({ toggleFilters: () => void toggled++ }));
    expect(toggled).toBe(1);
    const dispatched: unknown[] = [];
    buttonsOf("depth", "lineage")[1]?.run(ctx({ dispatch: (a) => void dispatched.push(a) }));
    expect(dispatched).toEqual([{ type: "depth", depth: DEFAULT_STATE.depth + 1 }]);
    const fade = display.find((c) => c.id === "links.fade");
    expect(fade?.button?.pressed?.(ctx({ state: { ...DEFAULT_STATE, fadeLinks: true } }))).toBe(true);
    const faded: unknown[] = [];
    fade?.run(ctx({ dispatch: (a) => void faded.push(a) }));
    expect(faded).toEqual([{ type: "fadeLinks", fade: true }]);
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, decodeState, encodeState } from "../../../client/src/graph/url-state.ts";
import { viewReducer } from "../../../client/src/state/view-reducer.ts";
import { COMMANDS, commandForKey } from "../../../client/src/actions/registry.ts";

describe("URL state", () => {
  it("round-trips every setting", () => {
    const state = {
      ...DEFAULT_STATE,
      root: "INC-1042",
      view: "impact" as const,
      direction: "UPSTREAM" as const,
      depth: 4,
      limit: 1000,
      layout: "force" as const,
      model: "3" as const,
      filter: {
        types: ["Incident", "Event"],
        streams: ["D2C"],
        relationships: ["RAISES"],
        statuses: ["NEW"],
        mode: "hide" as const,
      },
      expanded: ["CI-1"],
      openGroups: ["group:DS:out:ActualServiceCI"],
      fadeLinks: true,
      coverageType: "ActualServiceCI",
      badges: false,
    };
    expect(decodeState(encodeState(state))).toEqual(state);
    expect(encodeState(state)).toContain("fade=1");
  });

  it("keeps links short and ignores invalid values", () => {
    expect(encodeState({ ...DEFAULT_STATE, root: "A" })).toBe("?root=A");
    expect(decodeState("?view=bogus&dir=SIDEWAYS&depth=99")).toMatchObject({
      view: "lineage",
      direction: "BOTH",
      depth: 10,
    });
  });
});

describe("view reducer and commands", () => {
  it("re-rooting clears expansions and keeps the view", () => {
    const s = viewReducer({ ...DEFAULT_STATE, view: "impact", expanded: ["X"] }, { type: "root", id: "Y" });
    expect(s).toMatchObject({ root: "Y", view: "impact", expanded: [] });
  });

  it("bounds depth and doubles the limit on load more", () => {
    expect(viewReducer(DEFAULT_STATE, { type: "depth", depth: 0 }).depth).toBe(1);
    expect(viewReducer(DEFAULT_STATE, { type: "loadMore" }).limit).toBe(1000);
  });

  it("binds each key to one command", () => {
    const keys = COMMANDS.flatMap((c) => (c.key ? [c.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
    const dispatched: unknown[] = [];
    commandForKey("u")?.run({
      state: DEFAULT_STATE,
      selected: null,
      dispatch: (a) => dispatched.push(a),
      focusSearch: () => undefined,
      fit: () => undefined,
      exportAs: () => undefined,
      print: () => undefined,
      filtersOpen: false,
      toggleFilters: () => undefined,
      toggleHelp: () => undefined,
    });
    expect(dispatched).toEqual([{ type: "direction", direction: "UPSTREAM" }]);
  });
});

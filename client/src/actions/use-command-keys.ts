import { useEffect } from "react";
import type { RefObject } from "react";
import { commandForKey } from "./registry.ts";
import type { ActionContext } from "./registry.ts";

/**
 * Runs the registry command bound to a pressed key (no modifiers, not while typing in a field; commands that
 * need a selection only with one). Reads the context through a ref, so it always sees the current state.
 */
export function useCommandKeys(ctx: RefObject<ActionContext>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
        return;
      const cmd = commandForKey(e.key);
      if (!cmd || (cmd.needsSelection && !ctx.current.selected)) return;
      e.preventDefault();
      cmd.run(ctx.current);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [ctx]);
}

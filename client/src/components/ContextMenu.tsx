import { useEffect, useRef } from "react";
import { COMMANDS } from "../actions/registry.ts";
import type { ActionContext } from "../actions/registry.ts";

/**
 * The right-click menu of a node: every registry command that acts on a selection. It takes the focus (first
 * item), and Escape or a click elsewhere closes it.
 */
export function ContextMenu(props: {
  menu: { id: string; x: number; y: number };
  ctx: ActionContext;
  onClose: () => void;
}) {
  const { menu, ctx, onClose } = props;
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector("button")?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.preventDefault();
      onClose();
    };
    const onDown = (e: MouseEvent) => {
      if (!list.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onDown);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onDown);
    };
  }, [menu.id, menu.x, menu.y]);
  return (
    <ul
      ref={list}
      className="context-menu"
      role="menu"
      style={{ left: menu.x, top: menu.y }}
      data-testid="context-menu"
    >
      {COMMANDS.filter((c) => c.needsSelection).map((c) => (
        <li key={c.id}>
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              c.run({ ...ctx, selected: menu.id });
              props.onClose();
            }}
          >
            {c.label}
            {c.key ? <kbd>{c.key}</kbd> : null}
          </button>
        </li>
      ))}
    </ul>
  );
}

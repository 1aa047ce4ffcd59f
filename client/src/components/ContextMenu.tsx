import { COMMANDS } from "../actions/registry.ts";
import type { ActionContext } from "../actions/registry.ts";

/** The right-click menu of a node: every registry command that acts on a selection. */
export function ContextMenu(props: {
  menu: { id: string; x: number; y: number };
  ctx: ActionContext;
  onClose: () => void;
}) {
  const { menu, ctx } = props;
  return (
    <ul className="context-menu" role="menu" style={{ left: menu.x, top: menu.y }}>
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

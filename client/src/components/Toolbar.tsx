import { buttonsOf } from "../actions/registry.ts";
import type { ActionContext } from "../actions/registry.ts";
import { CommandButton } from "./CommandButton.tsx";

/** The graph toolbar, generated from the command registry: direction, depth, display toggles and exports. */
export function Toolbar(props: { ctx: ActionContext }) {
  const { ctx } = props;
  const { state } = ctx;
  const buttons = (group: Parameters<typeof buttonsOf>[0]) =>
    buttonsOf(group, state.view).map((c) => <CommandButton key={c.id} command={c} ctx={ctx} />);
  const [less, more] = buttonsOf("depth", state.view);
  const direction = buttonsOf("direction", state.view);
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph controls">
      <span className="root-label">
        Root: <strong data-testid="root">{state.root ?? "—"}</strong>
      </span>
      {direction.length > 0 && (
        <div className="segmented" role="group" aria-label="Direction">
          {buttons("direction")}
        </div>
      )}
      {less && more && (
        <label className="depth">
          Depth
          <CommandButton command={less} ctx={ctx} />
          <span data-testid="depth">{state.depth}</span>
          <CommandButton command={more} ctx={ctx} />
        </label>
      )}
      {buttons("display")}
      <span className="spacer" />
      {buttons("export")}
    </div>
  );
}

import { keyHints } from "../actions/registry.ts";

/** How to drive the graph: mouse gestures, and every keyboard command of the registry. */
export function KeyHints() {
  return (
    <section className="panel hint">
      <p>
        Click an object for its details; double-click to expand or collapse its neighbours; right-click for
        more.
      </p>
      <p className="muted" data-testid="key-hints">
        Keys:{" "}
        {keyHints().map((h, i) => (
          <span key={h.key}>
            {i > 0 ? " · " : ""}
            <kbd>{h.key}</kbd> {h.label}
          </span>
        ))}
      </p>
    </section>
  );
}

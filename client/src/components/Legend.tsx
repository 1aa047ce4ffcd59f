import { typeStyle } from "../graph/legend.ts";

/** The legend of the types on screen, from the meta-model, in lane order. Clicking a type filters to it. */
export function Legend(props: { types: readonly string[]; onPick: (type: string) => void }) {
  const types = [...props.types].sort((a, b) => typeStyle(a).lane - typeStyle(b).lane);
  return (
    <section className="panel legend" aria-label="Legend">
      <h3>Legend</h3>
      {types.map((t) => {
        const style = typeStyle(t);
        return (
          <button
            key={t}
            type="button"
            className="legend-item"
            onClick={() => props.onPick(t)}
            title={`Show only ${style.label}`}
          >
            <span className="swatch" style={{ background: style.colour }} />
            {style.label}
            <small>{style.valueStream}</small>
          </button>
        );
      })}
    </section>
  );
}

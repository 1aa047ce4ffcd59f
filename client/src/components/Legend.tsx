import { typeStyle } from "../graph/legend.ts";
import { ROLE_LINES } from "../graph/link-roles.ts";
import type { RoleInView } from "../graph/link-roles.ts";

/**
 * The legend of what is on screen, from the meta-model: the types in lane order (clicking one filters to it)
 * and the roles of the drawn links, each with its line, its meaning and whether the audit trace follows it,
 * with the switch that fades operational and feedback links.
 */
export function Legend(props: {
  types: readonly string[];
  onPick: (type: string) => void;
  roles: readonly RoleInView[];
  fadeLinks: boolean;
  onFade: (fade: boolean) => void;
  /** The renderer drawing the canvas, in words. */
  renderer: string;
}) {
  const types = [...props.types].sort((a, b) => typeStyle(a).lane - typeStyle(b).lane);
  const fadable = props.roles.some((r) => r.fadable);
  if (types.length === 0 && props.roles.length === 0) return null;
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
      {props.roles.length > 0 && (
        <div className="link-roles" data-testid="link-roles">
          <h4>Links</h4>
          {props.roles.map((r) => {
            const line = ROLE_LINES[r.apiRole];
            return (
              <div
                key={r.role}
                className={`link-role${props.fadeLinks && r.fadable ? " faded" : ""}`}
                data-role={r.apiRole}
                title={r.meaning}
              >
                <svg className="line-sample" width="28" height="8" aria-hidden="true">
                  <line
                    x1="1"
                    y1="4"
                    x2="27"
                    y2="4"
                    stroke="#64748b"
                    strokeWidth={line.width}
                    strokeDasharray={
                      line.style === "dashed" ? "5 3" : line.style === "dotted" ? "1.5 2.5" : undefined
                    }
                  />
                </svg>
                <span>
                  {r.label} <small className="num">{r.count}</small>
                  <small className="role-note">
                    {r.traced ? "followed by the audit trace" : "never traces"}
                  </small>
                </span>
              </div>
            );
          })}
          {fadable && (
            <label className="fade-toggle">
              <input
                type="checkbox"
                checked={props.fadeLinks}
                onChange={(e) => props.onFade(e.target.checked)}
                data-testid="fade-links"
              />{" "}
              Fade operational and feedback links
            </label>
          )}
        </div>
      )}
      <p className="renderer-note" data-testid="renderer">
        Drawn with {props.renderer}
      </p>
    </section>
  );
}

import { LINEAGE_TYPE_NAMES } from "../../../server/model/index.ts";
import type { GraphFilter } from "../graph/filter-graph.ts";
import { streamsOf, typeStyle } from "../graph/legend.ts";
import type { StreamModel } from "../graph/legend.ts";

const toggle = (list: readonly string[], value: string) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/**
 * Filters by type, value stream, relationship type and status, dimming or hiding what does not match. Over 80
 * lines because it is four checkbox groups of the same shape written out: the markup reads as the panel looks.
 */
export function FiltersPanel(props: {
  filter: GraphFilter;
  model: StreamModel;
  types: readonly string[];
  statuses: readonly string[];
  onChange: (filter: Partial<GraphFilter>) => void;
}) {
  const { filter } = props;
  const group = (
    title: string,
    key: "types" | "streams" | "relationships" | "statuses",
    values: readonly { id: string; label: string }[],
  ) => (
    <fieldset>
      <legend>{title}</legend>
      {values.map((v) => (
        <label key={v.id}>
          <input
            type="checkbox"
            checked={filter[key].includes(v.id)}
            onChange={() => props.onChange({ [key]: toggle(filter[key], v.id) })}
          />
          {v.label}
        </label>
      ))}
    </fieldset>
  );
  return (
    <aside className="filters" aria-label="Filters">
      <div className="filter-mode">
        <label>
          <input
            type="radio"
            name="mode"
            checked={filter.mode === "dim"}
            onChange={() => props.onChange({ mode: "dim" })}
          />{" "}
          Dim
        </label>
        <label>
          <input
            type="radio"
            name="mode"
            checked={filter.mode === "hide"}
            onChange={() => props.onChange({ mode: "hide" })}
          />{" "}
          Hide
        </label>
        <button
          type="button"
          onClick={() => props.onChange({ types: [], streams: [], relationships: [], statuses: [] })}
        >
          Clear
        </button>
      </div>
      {group(
        "Value stream",
        "streams",
        streamsOf(props.model).map((s) => ({ id: s.id, label: s.label })),
      )}
      {group(
        "Type",
        "types",
        [...props.types]
          .sort((a, b) => typeStyle(a).lane - typeStyle(b).lane)
          .map((t) => ({ id: t, label: typeStyle(t).label })),
      )}
      {group(
        "Status",
        "statuses",
        [...props.statuses].sort().map((s) => ({ id: s, label: s })),
      )}
      {group(
        "Relationship",
        "relationships",
        // Only lineage links are drawn (accountability links to Party are not), so only they can be filtered.
        LINEAGE_TYPE_NAMES.map((r) => ({ id: r, label: r })),
      )}
    </aside>
  );
}

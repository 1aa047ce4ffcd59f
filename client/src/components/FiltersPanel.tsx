import type { Facet, Facets } from "../graph/filter-facets.ts";
import type { GraphFilter } from "../graph/filter-graph.ts";

const toggle = (list: readonly string[], value: string) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/**
 * Filters by value stream, type, status and relationship type, dimming or hiding what does not match: only the
 * values the drawn graph holds, each with its count; ticking values means "show only these" (nothing ticked in
 * a group: all of it). Over 80 lines because it is four checkbox groups of the same shape written out: the
 * markup reads as the panel looks.
 */
export function FiltersPanel(props: {
  filter: GraphFilter;
  facets: Facets;
  onChange: (filter: Partial<GraphFilter>) => void;
}) {
  const { filter, facets } = props;
  const group = (
    title: string,
    key: "types" | "streams" | "relationships" | "statuses",
    values: readonly Facet[],
  ) =>
    values.length === 0 ? null : (
      <fieldset>
        <legend>
          {title} <small>{filter[key].length ? "only the ticked" : "all"}</small>
        </legend>
        {values.map((v) => (
          <label key={v.id}>
            <input
              type="checkbox"
              checked={filter[key].includes(v.id)}
              onChange={() => props.onChange({ [key]: toggle(filter[key], v.id) })}
            />
            {v.label} <small className="num">{v.count}</small>
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
      <p className="filter-hint">Tick values to show only those; the counts are what is drawn.</p>
      {group("Value stream", "streams", facets.streams)}
      {group("Type", "types", facets.types)}
      {group("Status", "statuses", facets.statuses)}
      {group("Relationship", "relationships", facets.relationships)}
    </aside>
  );
}

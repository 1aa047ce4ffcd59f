import { useEffect, useState } from "react";
import type { RefObject } from "react";
import { typeStyle } from "../graph/legend.ts";
import type { GraphNode } from "../graph/types.ts";
import { LIMITS } from "../../../server/traceability/limits.ts";
import { useSearch } from "../state/use-queries.ts";

/** Matches shown first; "More matches" asks for this many more, up to the server's cap. */
const FIRST_MATCHES = 12;

/**
 * Full-text search over ids and names with typeahead: results as you type (debounced, stale answers
 * dropped), ↑/↓ to move, Enter to make the highlighted object the root, Escape to close; when the list is
 * full, its last entry asks for more matches.
 */
export function SearchBox(props: {
  inputRef: RefObject<HTMLInputElement | null>;
  onPick: (id: string) => void;
}) {
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [limit, setLimit] = useState(FIRST_MATCHES);
  const { data, error, status } = useSearch(text, limit);
  const hits = data ?? [];
  // A full list may have more behind it: its last entry asks for them.
  const more = hits.length >= limit && limit < LIMITS.searchLimit.max;
  const showMore = () => setLimit((l) => Math.min(LIMITS.searchLimit.max, l + 3 * FIRST_MATCHES));

  // Fresh hits: show the list, the first highlighted (after "more", where the new ones start).
  useEffect(() => {
    if (!data) return;
    setActive((a) => (a >= data.length ? 0 : a));
    setOpen(true);
  }, [data]);

  const pick = (node: GraphNode | undefined) => {
    if (!node) return;
    props.onPick(node.id);
    setOpen(false);
    setText("");
    props.inputRef.current?.blur();
  };

  return (
    <div className="search">
      <input
        ref={props.inputRef}
        type="search"
        value={text}
        placeholder="Search ids and names…  ( / )"
        aria-label="Search data objects"
        aria-autocomplete="list"
        aria-controls="search-results"
        aria-expanded={open && hits.length > 0}
        onChange={(e) => {
          setText(e.target.value);
          setLimit(FIRST_MATCHES);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((a) => Math.min(hits.length - (more ? 0 : 1), a + 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === "Enter") {
            e.preventDefault();
            if (more && active === hits.length) showMore();
            else pick(hits[active]);
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      {error && <div className="search-error">{error.message}</div>}
      {open && status === "ready" && hits.length === 0 && text.trim() !== "" && (
        <div className="search-results empty" role="status" data-testid="search-empty">
          No object's id or name matches “{text.trim()}”.
        </div>
      )}
      {open && hits.length > 0 && (
        <ul id="search-results" role="listbox" className="search-results">
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : ""}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit);
              }}
            >
              <span className="swatch" style={{ background: typeStyle(hit.type).colour }} />
              <strong>{hit.id}</strong> <span>{hit.name}</span> <em>{typeStyle(hit.type).label}</em>
            </li>
          ))}
          {more && (
            <li
              role="option"
              aria-selected={active === hits.length}
              className={`more${active === hits.length ? " active" : ""}`}
              data-testid="search-more"
              onMouseDown={(e) => {
                e.preventDefault();
                showMore();
              }}
            >
              More matches…
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

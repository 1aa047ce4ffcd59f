import { useEffect, useState } from "react";
import type { RefObject } from "react";
import { typeStyle } from "../graph/legend.ts";
import type { GraphNode } from "../graph/types.ts";
import { useSearch } from "../state/use-queries.ts";

/**
 * Full-text search over ids and names with typeahead: results as you type (debounced, stale answers
 * dropped), ↑/↓ to move, Enter to make the highlighted object the root, Escape to close.
 */
export function SearchBox(props: {
  inputRef: RefObject<HTMLInputElement | null>;
  onPick: (id: string) => void;
}) {
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const { data, error, status } = useSearch(text);
  const hits = data ?? [];

  // Fresh hits: highlight the first and show the list.
  useEffect(() => {
    if (!data) return;
    setActive(0);
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
        onChange={(e) => setText(e.target.value)}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((a) => Math.min(hits.length - 1, a + 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === "Enter") {
            e.preventDefault();
            pick(hits[active]);
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
        </ul>
      )}
    </div>
  );
}

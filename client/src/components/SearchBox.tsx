import { useEffect, useRef, useState } from "react";
import type { RefObject } from "react";
import { api } from "../api/queries.ts";
import { typeStyle } from "../graph/legend.ts";
import type { GraphNode } from "../graph/types.ts";

/**
 * Full-text search over ids and names with typeahead: results as you type (debounced, stale answers
 * dropped), ↑/↓ to move, Enter to make the highlighted object the root, Escape to close.
 */
export function SearchBox(props: {
  inputRef: RefObject<HTMLInputElement | null>;
  onPick: (id: string) => void;
}) {
  const [text, setText] = useState("");
  const [hits, setHits] = useState<GraphNode[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const query = text.trim();
    if (query.length === 0) {
      setHits([]);
      return;
    }
    const controller = new AbortController();
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      api.search(query, controller.signal).then(
        (found) => {
          setHits(found);
          setActive(0);
          setOpen(true);
          setError(null);
        },
        (e: Error) => {
          if (!controller.signal.aborted) setError(e.message);
        },
      );
    }, 150);
    return () => controller.abort();
  }, [text]);

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
      {error && <div className="search-error">{error}</div>}
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

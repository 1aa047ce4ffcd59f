import { useMemo, useState } from "react";
import { chainText, hopChains } from "../graph/hop-chains.ts";
import { impactCsv } from "../graph/impact-export.ts";
import { typeStyle } from "../graph/legend.ts";
import type { Impact } from "../graph/types.ts";
import { download } from "./download.ts";
import { nounFor } from "../graph/words.ts";

/** The blast radius: counts by type, open work reached, and a list of every object with its hop chain. */
export function ImpactPanel(props: { impact: Impact; onRoot: (id: string) => void }) {
  const { impact } = props;
  const [list, setList] = useState(false);
  const rows = useMemo(
    () => hopChains(impact.root.id, [impact.root, ...impact.nodes], impact.edges),
    [impact],
  );
  return (
    <section className="panel impact" aria-label="Impact" data-testid="impact-panel">
      <h2>Impact of {impact.root.id}</h2>
      <p>
        <strong data-testid="impact-total">{impact.total}</strong> objects downstream
        {impact.truncated ? ` (list capped at ${impact.nodes.length})` : ""}.
      </p>
      <div className="open-work">
        <span data-testid="open-incidents">{impact.openIncidents}</span>{" "}
        {nounFor(impact.openIncidents, "open incident")} ·{" "}
        <span data-testid="open-problems">{impact.openProblems}</span>{" "}
        {nounFor(impact.openProblems, "open problem")} ·{" "}
        <span data-testid="open-rfcs">{impact.openRFCs}</span> {nounFor(impact.openRFCs, "open change")}
      </div>
      <table className="counts">
        <tbody>
          {impact.byType.map((t) => (
            <tr key={t.type} data-type={t.type}>
              <td>
                <span className="swatch" style={{ background: typeStyle(t.type).colour }} />{" "}
                {typeStyle(t.type).label}
              </td>
              <td className="num">{t.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" onClick={() => setList((v) => !v)}>
          {list ? "Hide list" : "List view"}
        </button>
        <button
          type="button"
          onClick={() => download(`impact-${impact.root.id}.csv`, impactCsv(impact), "text/csv")}
        >
          Export CSV
        </button>
      </div>
      {list && (
        <table className="list" data-testid="impact-list">
          <thead>
            <tr>
              <th>Hops</th>
              <th>Object</th>
              <th>Chain</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.node.id}>
                <td className="num">{r.depth}</td>
                <td>
                  <button type="button" className="link" onClick={() => props.onRoot(r.node.id)}>
                    {r.node.id}
                  </button>{" "}
                  {r.node.name}
                </td>
                <td className="chain">{chainText(r.chain)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

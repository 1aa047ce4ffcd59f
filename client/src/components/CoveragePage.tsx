import { useState } from "react";
import { streamsOf, typeStyle } from "../graph/legend.ts";
import type { CoverageRow } from "../graph/types.ts";
import { useBrokenChains, useCoverage } from "../state/use-queries.ts";

const pct = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

/** Coverage dashboard: how much of each value stream and type traces to an approved decision, and what does not. */
export function CoveragePage(props: { onOpen: (id: string) => void }) {
  const [type, setType] = useState("Incident");
  const coverage = useCoverage();
  const brokenChains = useBrokenChains(type);
  const error = coverage.error ?? brokenChains.error;
  const rows = coverage.data;
  const broken = brokenChains.data;
  if (error)
    return (
      <div className="notice error" role="alert">
        {error.code}: {error.message}
      </div>
    );
  if (!rows) return <div className="loading">Loading coverage…</div>;
  const total = rows.find((r) => r.scope === "TOTAL");
  const bar = (r: CoverageRow) => (
    <div className="bar" title={pct(r.ratio)}>
      <div style={{ width: pct(r.ratio) }} />
    </div>
  );
  return (
    <div className="coverage" data-testid="coverage">
      <h2>Traceability coverage</h2>
      <p>
        Share of objects with an upstream lineage path to an <strong>approved</strong> portfolio decision.
        {total && ` Overall: ${total.traced} of ${total.total} (${pct(total.ratio)}).`}
      </p>
      <div className="coverage-grid">
        <table>
          <thead>
            <tr>
              <th>Value stream</th>
              <th>Traced</th>
              <th>Total</th>
              <th>Ratio</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows
              .filter((r) => r.scope === "VALUE_STREAM")
              .map((r) => (
                <tr key={r.valueStream}>
                  <td>{streamsOf("2").find((s) => s.id === r.valueStream)?.label ?? r.valueStream}</td>
                  <td className="num">{r.traced}</td>
                  <td className="num">{r.total}</td>
                  <td className="num">{pct(r.ratio)}</td>
                  <td>{bar(r)}</td>
                </tr>
              ))}
          </tbody>
        </table>
        <table>
          <thead>
            <tr>
              <th>Type</th>
              <th>Traced</th>
              <th>Total</th>
              <th>Ratio</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows
              .filter((r) => r.scope === "TYPE" && r.total > 0)
              .map((r) => (
                <tr key={r.type} className={r.type === type ? "active" : ""}>
                  <td>
                    <button type="button" className="link" onClick={() => setType(r.type as string)}>
                      <span className="swatch" style={{ background: typeStyle(r.type as string).colour }} />{" "}
                      {typeStyle(r.type as string).label}
                    </button>
                  </td>
                  <td className="num">{r.traced}</td>
                  <td className="num">{r.total}</td>
                  <td className="num">{pct(r.ratio)}</td>
                  <td>{bar(r)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      <h3>Broken chains: {typeStyle(type).label} with no approved decision upstream</h3>
      {!broken ? (
        <div className="loading">Loading…</div>
      ) : broken.length === 0 ? (
        <p>None: every {typeStyle(type).label} traces to an approved decision.</p>
      ) : (
        <table className="list" data-testid="broken-list">
          <tbody>
            {broken.map((n) => (
              <tr key={n.id}>
                <td>
                  <button type="button" className="link" onClick={() => props.onOpen(n.id)}>
                    {n.id}
                  </button>
                </td>
                <td>{n.name}</td>
                <td>{n.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

import { useState } from "react";
import type { ReactNode } from "react";
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
  return (
    <div className="coverage" data-testid="coverage">
      <h2>Traceability coverage</h2>
      <p>
        Share of objects with an upstream lineage path to an <strong>approved</strong> portfolio decision.
        {total && ` Overall: ${total.traced} of ${total.total} (${pct(total.ratio)}).`}
      </p>
      <div className="coverage-grid">
        <CoverageTable
          heading="Value stream"
          rows={rows.filter((r) => r.scope === "VALUE_STREAM")}
          rowKey={(r) => r.valueStream ?? ""}
          label={(r) => streamsOf("2").find((s) => s.id === r.valueStream)?.label ?? r.valueStream}
        />
        <CoverageTable
          heading="Type"
          rows={rows.filter((r) => r.scope === "TYPE" && r.total > 0)}
          rowKey={(r) => r.type ?? ""}
          active={type}
          label={(r) => (
            <button type="button" className="link" onClick={() => setType(r.type as string)}>
              <span className="swatch" style={{ background: typeStyle(r.type as string).colour }} />{" "}
              {typeStyle(r.type as string).label}
            </button>
          )}
        />
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

/** One coverage table: a row per value stream or type with traced, total, ratio and a bar. */
function CoverageTable(props: {
  heading: string;
  rows: readonly CoverageRow[];
  rowKey: (r: CoverageRow) => string;
  label: (r: CoverageRow) => ReactNode;
  active?: string;
}) {
  return (
    <table>
      <thead>
        <tr>
          <th>{props.heading}</th>
          <th>Traced</th>
          <th>Total</th>
          <th>Ratio</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={props.rowKey(r)} className={props.active && r.type === props.active ? "active" : ""}>
            <td>{props.label(r)}</td>
            <td className="num">{r.traced}</td>
            <td className="num">{r.total}</td>
            <td className="num">{pct(r.ratio)}</td>
            <td>
              <div className="bar" title={pct(r.ratio)}>
                <div style={{ width: pct(r.ratio) }} />
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

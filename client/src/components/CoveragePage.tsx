import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { addBrokenChainPage, brokenReason } from "../graph/broken-chains.ts";
import type { BrokenChainList } from "../graph/broken-chains.ts";
import { streamsOf, typeStyle } from "../graph/legend.ts";
import type { CoverageRow } from "../graph/types.ts";
import { useBrokenChains, useCoverage } from "../state/use-queries.ts";

const pct = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

/**
 * Coverage dashboard: how much of each value stream and counted type traces to an approved decision over
 * provenance links, which types are not counted and why, and the broken chains of one type with the reason,
 * a page at a time.
 */
export function CoveragePage(props: {
  type: string;
  onType: (type: string) => void;
  onOpen: (id: string) => void;
}) {
  const coverage = useCoverage();
  const report = coverage.data;
  // Once the user picks a type, its list is scrolled into view when it arrives (not on the first load).
  const [picked, setPicked] = useState(false);
  if (coverage.error)
    return (
      <div className="notice error" role="alert">
        {coverage.error.code}: {coverage.error.message}
      </div>
    );
  if (!report) return <div className="loading">Loading coverage…</div>;
  const total = report.rows.find((r) => r.scope === "TOTAL");
  const computed = new Date(report.snapshot.computedAt);
  return (
    <div className="coverage" data-testid="coverage">
      <h2>Traceability coverage</h2>
      <p>
        Share of objects whose audit trace reaches an <strong>approved</strong> portfolio decision over
        provenance links (decision → initiative → release → blueprint → desired service → actual service, the
        request and catalog chain, the design chain). Changes and the feedback loop never count.
        {total && ` Overall: ${total.traced} of ${total.total} (${pct(total.ratio)}).`}
      </p>
      <p className="snapshot" data-testid="coverage-snapshot">
        Computed {computed.toLocaleString()}
        {report.snapshot.stale ? " — the estate has changed since; a fresh count is on its way." : "."}
      </p>
      <div className="coverage-grid">
        <CoverageTable
          heading="Value stream"
          rows={report.rows.filter((r) => r.scope === "VALUE_STREAM")}
          rowKey={(r) => r.valueStream ?? ""}
          label={(r) => streamsOf("2").find((s) => s.id === r.valueStream)?.label ?? r.valueStream}
        />
        <CoverageTable
          heading="Type"
          rows={report.rows.filter((r) => r.scope === "TYPE" && r.total > 0)}
          rowKey={(r) => r.type ?? ""}
          active={props.type}
          label={(r) => (
            <button
              type="button"
              className="link"
              onClick={() => {
                setPicked(true);
                props.onType(r.type as string);
              }}
            >
              <span className="swatch" style={{ background: typeStyle(r.type as string).colour }} />{" "}
              {typeStyle(r.type as string).label}
            </button>
          )}
        />
      </div>
      {report.notCounted.length > 0 && (
        <details className="not-counted" data-testid="not-counted">
          <summary>Not counted: {report.notCounted.map((n) => typeStyle(n.type).label).join(", ")}</summary>
          <table className="list">
            <tbody>
              {report.notCounted.map((n) => (
                <tr key={n.type}>
                  <td>{typeStyle(n.type).label}</td>
                  <td>{n.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {/* Keyed by type: another type starts its list afresh. */}
      <BrokenChains key={props.type} type={props.type} reveal={picked} onOpen={props.onOpen} />
    </div>
  );
}

/** The broken chains of one type, with the reason of each, a page at a time ("Show more" loads the next). */
function BrokenChains(props: { type: string; reveal: boolean; onOpen: (id: string) => void }) {
  const [after, setAfter] = useState<string | null>(null);
  const [list, setList] = useState<BrokenChainList | null>(null);
  const page = useBrokenChains(props.type, after);
  useEffect(() => {
    const data = page.data;
    if (data) setList((l) => addBrokenChainPage(l, props.type, after, data));
  }, [page.data]);
  const label = typeStyle(props.type).label;
  const shown = list && list.type === props.type ? list : null;
  // A type picked in the table above: bring its list into view (it starts below the tables).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.reveal && shown) heading.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [shown !== null]);
  return (
    <>
      <h3 ref={heading}>
        Broken chains: {label} with no approved decision upstream
        {shown ? ` (${shown.totalCount})` : ""}
      </h3>
      {page.error ? (
        <div className="notice error" role="alert">
          {page.error.code}: {page.error.message}
        </div>
      ) : !shown ? (
        <div className="loading">Loading…</div>
      ) : shown.items.length === 0 ? (
        <p>None: every {label} traces to an approved decision.</p>
      ) : (
        <>
          <table className="list" data-testid="broken-list">
            <thead>
              <tr>
                <th>Object</th>
                <th>Name</th>
                <th>Status</th>
                <th>Why broken</th>
              </tr>
            </thead>
            <tbody>
              {shown.items.map(({ node: { node, reason } }) => (
                <tr key={node.id} data-reason={reason}>
                  <td>
                    <button type="button" className="link" onClick={() => props.onOpen(node.id)}>
                      {node.id}
                    </button>
                  </td>
                  <td>{node.name}</td>
                  <td>{node.status}</td>
                  <td>{brokenReason(reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.next && (
            <button
              type="button"
              data-testid="broken-more"
              disabled={page.status === "loading"}
              onClick={() => setAfter(shown.next)}
            >
              Show more ({shown.items.length} of {shown.totalCount})
            </button>
          )}
        </>
      )}
    </>
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

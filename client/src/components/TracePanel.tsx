import { traceVerdict } from "../graph/export-caption.ts";
import { keyWords, valueWords } from "../graph/words.ts";
import { Fragment } from "react";
import type { ExportFormat } from "../graph/export-file.ts";
import { typeStyle } from "../graph/legend.ts";
import { evidenceRows } from "../graph/trace-export.ts";
import type { TracePath, TraceResult } from "../graph/types.ts";

/**
 * The audit trace: for each shortest path from the object back to its portfolio decision, a step-by-step
 * evidence table (object, type, status, date, relationship, who approved or owns). A clear notice when no
 * approved decision is found: a broken chain.
 */
export function TracePanel(props: {
  root: string;
  trace: TraceResult;
  onRoot: (id: string) => void;
  onExport: (format: ExportFormat) => void;
  onPrint: () => void;
}) {
  const { trace } = props;
  return (
    <section className="panel trace" aria-label="Audit trace" data-testid="trace-panel">
      <h2>Audit trace of {props.root}</h2>
      {!trace.found ? (
        <div className="notice broken" role="alert" data-testid="broken-chain">
          <strong>No approved decision found — broken chain.</strong> No provenance chain leads from a
          portfolio decision (ScopeAgreement) to {props.root}: no decision ever authorized it. Changes and the
          feedback loop do not count. The graph shows its provenance.
        </div>
      ) : (
        <div className={`notice ${trace.approved ? "ok" : "warn"}`} data-testid="trace-verdict">
          {traceVerdict(trace)}
          {trace.truncated ? " More equally short paths exist than are shown." : ""}
        </div>
      )}
      {trace.breaks.length > 0 ? (
        <div className="notice broken" data-testid="chain-breaks">
          <strong>Where the chain breaks:</strong>
          <ul>
            {trace.breaks.map((b) => (
              <li key={b.node.id}>{b.missing}.</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="actions no-print">
        <button type="button" onClick={() => props.onExport("png")}>
          PNG
        </button>
        <button type="button" onClick={() => props.onExport("svg")}>
          SVG
        </button>
        <button type="button" onClick={() => props.onExport("json")}>
          JSON
        </button>
        <button type="button" onClick={() => props.onExport("csv")}>
          CSV
        </button>
        <button type="button" onClick={props.onPrint}>
          Print report
        </button>
      </div>
      {trace.paths.map((path, p) => (
        <div key={p} className="path">
          <h3>
            Path {p + 1}: {path.length} hops from {path.origin.node.id}
          </h3>
          <EvidenceTable path={path} onRoot={props.onRoot} />
          {path.origin.approvals.length === 0 && (
            <p className="muted no-print">
              Approvers are shown to auditors: paste an auditor token (top right).
            </p>
          )}
        </div>
      ))}
    </section>
  );
}

/** The evidence table of one path: a row per hop (object, status, date, next link), accountability below. */
function EvidenceTable(props: { path: TracePath; onRoot: (id: string) => void }) {
  return (
    <table className="evidence" data-testid="evidence">
      <thead>
        <tr>
          <th>#</th>
          <th>Object</th>
          <th>Status</th>
          <th>Date</th>
          <th>Next</th>
        </tr>
      </thead>
      <tbody>
        {evidenceRows(props.path).map((row) => (
          <Fragment key={row.id}>
            <tr data-id={row.id}>
              <td className="num">{row.step}</td>
              <td>
                <button type="button" className="link" onClick={() => props.onRoot(row.id)}>
                  {row.id}
                </button>
                <div className="muted">{row.name}</div>
                <div className="type">
                  <span className="swatch" style={{ background: typeStyle(row.type).colour }} />{" "}
                  {typeStyle(row.type).label}
                </div>
              </td>
              <td>{row.status}</td>
              <td className="date">
                {row.when && (
                  <>
                    <span className="type">{keyWords(row.when.key)}</span>
                    <br />
                    <time dateTime={row.when.value}>{valueWords(row.when.value)}</time>
                  </>
                )}
              </td>
              <td className="next">{row.relationship && `${row.relationship.toLowerCase()} →`}</td>
            </tr>
            {(row.approvals.length > 0 || row.owners.length > 0 || row.policies.length > 0) && (
              <tr className="accountable">
                <td />
                <td colSpan={4} data-testid="accountable">
                  <dl className="accountability">
                    {row.approvals.length > 0 && (
                      <>
                        <dt>Approved by</dt>
                        {row.approvals.map((a) => (
                          <dd key={a}>{a}</dd>
                        ))}
                      </>
                    )}
                    {row.owners.length > 0 && (
                      <>
                        <dt>Owned by</dt>
                        {row.owners.map((o) => (
                          <dd key={o}>{o}</dd>
                        ))}
                      </>
                    )}
                    {row.policies.length > 0 && (
                      <>
                        <dt>Governed by</dt>
                        {row.policies.map((p) => (
                          <dd key={p}>
                            <button type="button" className="link" onClick={() => props.onRoot(p)}>
                              {p}
                            </button>
                          </dd>
                        ))}
                      </>
                    )}
                  </dl>
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

import { keyWords, valueWords } from "../graph/words.ts";
import { typeStyle } from "../graph/legend.ts";
import type { NodeDetails } from "../graph/types.ts";
import { useDetails } from "../state/use-queries.ts";

/** Everything about the selected object: attributes, accountability, open work, links to re-root. */
export function DetailsPanel(props: {
  id: string;
  onRoot: (id: string) => void;
  onTrace: (id: string) => void;
  onImpact: (id: string) => void;
}) {
  const { data: details, error } = useDetails(props.id);
  if (props.id.startsWith("group:"))
    return <section className="panel details">A group: double-click it to show its members.</section>;
  if (error) return <section className="panel details error">{error.message}</section>;
  if (!details) return <section className="panel details">Loading {props.id}…</section>;
  const n = details.node;
  const link = (id: string, label?: string) => (
    <button type="button" className="link" onClick={() => props.onRoot(id)} title="Make root">
      {label ?? id}
    </button>
  );
  const names = new Map(details.neighbours.map((x) => [x.id, x]));
  return (
    <section className="panel details" aria-label="Details" data-testid="details">
      <h2>
        <span className="swatch" style={{ background: typeStyle(n.type).colour }} /> {n.id}
      </h2>
      <p className="subtitle">
        {typeStyle(n.type).label} · {n.status ?? "no status"} · {n.valueStream}
      </p>
      <p>{n.name}</p>
      <div className="actions">
        {link(n.id, "Make root")}
        <button type="button" className="link" onClick={() => props.onImpact(n.id)}>
          Impact
        </button>
        <button type="button" className="link" onClick={() => props.onTrace(n.id)}>
          Trace to decision
        </button>
      </div>
      <h3>Attributes</h3>
      <dl>
        {Object.entries(n.properties)
          .filter(([k]) => !["id", "name", "status"].includes(k))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => (
            <div key={k}>
              <dt title={k}>{keyWords(k)}</dt>
              <dd>{valueWords(v)}</dd>
            </div>
          ))}
      </dl>
      <h3>Accountability</h3>
      <Accountability details={details} />
      <h3>Open incidents, problems, changes ({details.openWork.length})</h3>
      <ul>
        {details.openWork.map((w) => (
          <li key={w.id}>
            {link(w.id)} {w.name} <em>{w.status}</em>
          </li>
        ))}
      </ul>
      <h3>Links</h3>
      <ul className="links">
        {details.incoming.map((e) => (
          <li key={e.id}>
            ← {link(e.from)} <small>{e.type}</small> {names.get(e.from)?.name}
          </li>
        ))}
        {details.outgoing.map((e) => (
          <li key={e.id}>
            → {link(e.to)} <small>{e.type}</small> {names.get(e.to)?.name}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Who owns, approved and is assigned to the object (visible to auditors, editors and admins). */
function Accountability(props: { details: NodeDetails }) {
  const { details } = props;
  return details.owners.length + details.approvals.length + details.assignees.length === 0 ? (
    <p className="muted">None visible (an auditor token shows owners, approvers and assignees).</p>
  ) : (
    <ul>
      {details.approvals.map((a) => (
        <li key={`a${a.party.id}`}>
          Approved by <strong>{a.party.name}</strong> {a.at ? `at ${a.at}` : ""}
        </li>
      ))}
      {details.owners.map((o) => (
        <li key={`o${o.id}`}>Owned by {o.name}</li>
      ))}
      {details.assignees.map((o) => (
        <li key={`s${o.id}`}>Assigned to {o.name}</li>
      ))}
    </ul>
  );
}

import { typeStyle } from "../graph/legend.ts";

/** The object under the mouse: where it is on the canvas and its element data. */
export interface Hover {
  x: number;
  y: number;
  data: { title?: string; type?: string; status?: string; work?: string };
}

/** A card beside a hovered object with what its one-line label cuts: full id and name, type, status, open work. */
export function HoverCard(props: { hover: Hover }) {
  const { x, y, data } = props.hover;
  return (
    <div className="hover-card" role="tooltip" style={{ left: x + 16, top: y + 14 }} data-testid="hover-card">
      <div>{data.title}</div>
      <div className="meta">
        {data.type ? typeStyle(data.type).label : ""}
        {data.status ? ` · ${data.status}` : ""}
      </div>
      {data.work ? <div className="meta">{data.work}</div> : null}
    </div>
  );
}

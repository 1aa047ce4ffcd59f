import type { GraphData } from "../state/use-graph-data.ts";
import type { ViewState } from "../graph/url-state.ts";

/** What the user must know about the graph: loading, the server's error, an empty database, a capped result. */
export function Notices(props: {
  state: ViewState;
  data: GraphData;
  landingError: string | null;
  onLoadMore: () => void;
}) {
  const { state, data, landingError } = props;
  return (
    <>
      {data.status === "loading" && (
        <div className="loading" role="status">
          Loading…
        </div>
      )}
      {data.error && (
        <div className="notice error" role="alert" data-testid="error">
          <strong>{data.error.code}</strong>: {data.error.message}
        </div>
      )}
      {landingError && !state.root && (
        <div className="notice error" role="alert">
          {landingError}
        </div>
      )}
      {data.truncated && state.view !== "trace" && (
        <div className="notice warn floating" data-testid="truncated">
          Showing {data.graph.nodes.length} of {data.totalNodes} objects (the server capped the result).{" "}
          <button type="button" onClick={props.onLoadMore}>
            Load more
          </button>
        </div>
      )}
    </>
  );
}

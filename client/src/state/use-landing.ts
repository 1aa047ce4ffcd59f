import { useEffect, useState } from "react";
import type { ViewState } from "../graph/url-state.ts";
import { useOverview } from "./use-queries.ts";
import type { ViewAction } from "./view-reducer.ts";

const EMPTY_DATABASE =
  "The database is empty: import data (npm run import) or load the demo (npm run seed -- --demo).";

/**
 * The landing page is never blank: opened without a root (and not on coverage), the explorer starts on the
 * audit trace of the most recent P1 incident. Returns what to tell the user when it cannot.
 */
export function useLanding(state: ViewState, redirect: (action: ViewAction) => void): string | null {
  const [wanted] = useState(() => !state.root && state.view !== "coverage");
  const overview = useOverview(wanted);
  useEffect(() => {
    const start = overview.data?.latestP1Incident?.id;
    if (start) redirect({ type: "root", id: start, view: "trace" });
  }, [overview.data, redirect]);
  if (overview.error) return overview.error.message;
  if (overview.data && !overview.data.latestP1Incident && overview.data.totalNodes === 0)
    return EMPTY_DATABASE;
  return null;
}

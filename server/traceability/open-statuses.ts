import { openStatuses } from "../model/index.ts";

/** Open statuses of the work items the impact and details fields count, from the meta-model's lifecycles. */
export function openWorkParams(): { openIncident: string[]; openProblem: string[]; openRFC: string[] } {
  return {
    openIncident: [...openStatuses("Incident")],
    openProblem: [...openStatuses("Problem")],
    openRFC: [...openStatuses("RFC")],
  };
}

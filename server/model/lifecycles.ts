import type { Lifecycle } from "./types.ts";

/** Status lifecycles shared by several IT4IT data object types. */
const lifecycle = (statuses: readonly string[], closed: readonly string[]): Lifecycle => ({
  statuses,
  closed,
});

export const LIFECYCLES = {
  document: lifecycle(["DRAFT", "ACTIVE", "RETIRED"], ["RETIRED"]),
  published: lifecycle(["DRAFT", "PUBLISHED", "RETIRED"], ["RETIRED"]),
  service: lifecycle(["PLANNED", "ACTIVE", "RETIRED"], ["RETIRED"]),
  demand: lifecycle(["NEW", "ASSESSED", "PROPOSED", "ACCEPTED", "REJECTED", "DONE"], ["REJECTED", "DONE"]),
  budget: lifecycle(["PLANNED", "COMMITTED", "SPENT", "CLOSED"], ["CLOSED"]),
  proposal: lifecycle(["DRAFT", "SUBMITTED", "DECIDED", "CLOSED"], ["CLOSED"]),
  project: lifecycle(["PLANNED", "IN_PROGRESS", "COMPLETED", "CANCELLED"], ["COMPLETED", "CANCELLED"]),
  requirement: lifecycle(
    ["DRAFT", "APPROVED", "IMPLEMENTED", "VERIFIED", "REJECTED"],
    ["VERIFIED", "REJECTED"],
  ),
  artifact: lifecycle(["ACTIVE", "ARCHIVED"], ["ARCHIVED"]),
  test: lifecycle(["PLANNED", "EXECUTED", "OBSOLETE"], ["OBSOLETE"]),
  defect: lifecycle(["OPEN", "IN_PROGRESS", "FIXED", "CLOSED", "DEFERRED"], ["FIXED", "CLOSED"]),
  release: lifecycle(["PLANNED", "IN_DEVELOPMENT", "RELEASED", "RETIRED"], ["RETIRED"]),
  offer: lifecycle(["DRAFT", "ACTIVE", "EXPIRED", "RETIRED"], ["EXPIRED", "RETIRED"]),
  contract: lifecycle(["DRAFT", "ACTIVE", "EXPIRED", "TERMINATED"], ["EXPIRED", "TERMINATED"]),
  cart: lifecycle(["OPEN", "SUBMITTED", "ABANDONED"], ["SUBMITTED", "ABANDONED"]),
  request: lifecycle(
    ["SUBMITTED", "APPROVED", "FULFILLED", "REJECTED", "CANCELLED"],
    ["FULFILLED", "REJECTED", "CANCELLED"],
  ),
  subscription: lifecycle(["ACTIVE", "SUSPENDED", "CANCELLED", "EXPIRED"], ["CANCELLED", "EXPIRED"]),
  fulfillment: lifecycle(["NEW", "IN_PROGRESS", "COMPLETED", "FAILED"], ["COMPLETED", "FAILED"]),
  desired: lifecycle(["REQUESTED", "ACTIVE", "DECOMMISSIONED"], ["DECOMMISSIONED"]),
  record: lifecycle(["RECORDED", "BILLED"], ["BILLED"]),
  ci: lifecycle(["PLANNED", "OPERATIONAL", "DEGRADED", "DOWN", "RETIRED"], ["RETIRED"]),
  monitor: lifecycle(["ACTIVE", "DISABLED"], ["DISABLED"]),
  event: lifecycle(["OPEN", "ACKNOWLEDGED", "CLOSED"], ["CLOSED"]),
  interaction: lifecycle(["OPEN", "CLOSED"], ["CLOSED"]),
  incident: lifecycle(["NEW", "IN_PROGRESS", "ON_HOLD", "RESOLVED", "CLOSED"], ["RESOLVED", "CLOSED"]),
  problem: lifecycle(["NEW", "INVESTIGATING", "KNOWN_ERROR", "RESOLVED", "CLOSED"], ["RESOLVED", "CLOSED"]),
  change: lifecycle(
    ["DRAFT", "SUBMITTED", "APPROVED", "SCHEDULED", "IMPLEMENTED", "CLOSED", "REJECTED", "CANCELLED"],
    ["IMPLEMENTED", "CLOSED", "REJECTED", "CANCELLED"],
  ),
  party: lifecycle(["ACTIVE", "INACTIVE"], ["INACTIVE"]),
} as const satisfies Record<string, Lifecycle>;

/**
 * The client's one door to the server: `graphql` sends a generated operation (./generated/operations.ts, from
 * the server's schema by codegen.ts) and returns its typed data or throws an ApiError. Only client/src/state
 * imports this folder: components load through its hooks (see eslint.config.js).
 */
export { ApiError, asApiError, getToken, graphql, setToken } from "./graphql.ts";
export {
  BrokenDocument,
  CoverageDocument,
  DetailsDocument,
  ImpactDocument,
  LineageDocument,
  OverviewDocument,
  SearchDocument,
  TraceDocument,
  WhyHereDocument,
} from "./generated/operations.ts";

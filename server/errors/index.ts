export {
  AppError,
  ERROR_CODES,
  HTTP_STATUS,
  badInput,
  checkRange,
  isAppError,
  notFound,
} from "./app-error.ts";
export type { AppErrorOptions, ErrorCode } from "./app-error.ts";
export { fromDriverError } from "./driver-error.ts";

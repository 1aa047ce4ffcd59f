/** Document validation; it lives in server/import (the import core), re-exported for seed's tests and tools. */
export { checkDocument, referencedIds, validateDocument } from "../../server/import/index.ts";

import { GraphQLError, Kind, TypeInfo, getNamedType, parse, visit, visitWithTypeInfo } from "graphql";
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode, TypeNode } from "graphql";
import { AppError } from "../errors/index.ts";
import { DocumentMemo } from "./document-memo.ts";

/** The scalar whose values are free-form documents (importGraph's input): the importer bounds it itself. */
const FREE_FORM_SCALAR = "JSON";

export interface InputLimits {
  /** Items in one list, and fields in one object (an `in` filter, an id list). */
  maxListItems: number;
  /** Characters in one string (filters, search text). */
  maxStringLength: number;
  /** JSON size of all variables together, free-form (JSON) ones aside. */
  maxVariablesBytes: number;
}

export interface InputRequest {
  schema: GraphQLSchema;
  query: unknown;
  variables: unknown;
  operationName: unknown;
  /**
   * Whether values of the free-form JSON scalar (importGraph's document) are exempt: only for callers who may
   * write (editors); for anyone else they are input like any other.
   */
  freeForm: boolean;
}

/** What a scan of the raw body measured (server/http/json-body-scan.ts), before it is parsed. */
export interface ScannedInput {
  variables: ReadonlyMap<string, { maxItems: number; maxString: number; chars: number }>;
  otherChars: number;
}

const CHECKED = new WeakMap<InputLimits, DocumentMemo<DocumentNode | null>>();

/**
 * Documents whose literals passed the limits (null: it does not parse), by document text, per limits (one
 * server's): the same document is parsed and checked once (document-memo.ts).
 */
function checkedDocuments(limits: InputLimits): DocumentMemo<DocumentNode | null> {
  let memo = CHECKED.get(limits);
  if (!memo) {
    memo = new DocumentMemo(200);
    CHECKED.set(limits, memo);
  }
  return memo;
}

/**
 * Refuses oversized input before GraphQL parses, validates or coerces it: lists longer than maxListItems,
 * strings longer than maxStringLength (in the document and in the variables) and variables larger than
 * maxVariablesBytes. A list is refused on its length before its items are looked at, so 150,000 ids cost no
 * more than reading the body. The document itself is already bounded by MAX_TOKENS, so parsing it here is
 * cheap; a document that does not parse is left to Apollo (it reports the syntax error with its location).
 * Values of the free-form JSON scalar (importGraph's document) are bounded, for editors, by the importer and
 * the body size.
 */
export function checkInputLimits(request: InputRequest, limits: InputLimits): void {
  if (typeof request.query !== "string") return;
  const query = request.query;
  const document = checkedDocuments(limits).get(`${request.freeForm ? "1" : "0"}${query}`, () => {
    let parsed: DocumentNode;
    try {
      parsed = parse(query, { noLocation: true });
    } catch (error) {
      if (error instanceof GraphQLError) return null;
      throw error;
    }
    checkLiterals(request.schema, parsed, limits, request.freeForm);
    return parsed;
  });
  if (!document) return;
  const operation = selectOperation(document, request.operationName);
  if (!operation || request.variables === null || typeof request.variables !== "object") return;
  const variables = request.variables as Record<string, unknown>;
  let bytes = 0;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined) continue;
    if (request.freeForm && namedTypeOf(definition.type) === FREE_FORM_SCALAR) continue;
    checkValue(variables[name], `$${name}`, limits);
    bytes += JSON.stringify(variables[name]).length;
  }
  if (bytes > limits.maxVariablesBytes) throw tooLarge("The variables", bytes, limits.maxVariablesBytes);
}

/**
 * The same limits on a body that is still arriving, from what its scan measured so far: the request is
 * refused as soon as a variable crosses one, without the rest being read into memory or parsed. For callers
 * without free-form input (everyone but editors); it errs on the side of the exact check by counting a few
 * separator characters into the sizes.
 */
export function checkScannedInput(scan: ScannedInput, limits: InputLimits): void {
  let chars = 0;
  for (const [name, stats] of scan.variables) {
    if (stats.maxItems > limits.maxListItems)
      throw tooMany(`Variable $${name}`, stats.maxItems, limits.maxListItems);
    if (stats.maxString > limits.maxStringLength) {
      throw tooLong(`Variable $${name}`, stats.maxString, limits.maxStringLength);
    }
    chars += stats.chars;
  }
  if (chars > limits.maxVariablesBytes) throw tooLarge("The variables", chars, limits.maxVariablesBytes);
  if (scan.otherChars > limits.maxVariablesBytes) {
    throw tooLarge(
      "Members of the body other than query, variables, operationName and extensions",
      scan.otherChars,
      limits.maxVariablesBytes,
    );
  }
}

function tooLarge(what: string, bytes: number, max: number): AppError {
  return new AppError(
    "LIMIT_EXCEEDED",
    `${what} take ${bytes} bytes, more than ${max} (MAX_VARIABLES_BYTES). Ask for less per request.`,
    { details: { maxVariablesBytes: max } },
  );
}

/** String and list literals in the document, except inside arguments of the free-form JSON scalar. */
function checkLiterals(
  schema: GraphQLSchema,
  document: DocumentNode,
  limits: InputLimits,
  freeForm: boolean,
): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument() {
        const type = typeInfo.getArgument()?.type;
        return freeForm && type && getNamedType(type).name === FREE_FORM_SCALAR ? false : undefined;
      },
      StringValue(node) {
        if (node.value.length > limits.maxStringLength) {
          throw tooLong("A string in the query", node.value.length, limits.maxStringLength);
        }
      },
      ListValue(node) {
        if (node.values.length > limits.maxListItems) {
          throw tooMany("A list in the query", node.values.length, limits.maxListItems);
        }
      },
    }),
  );
}

/** Depth-first; every list and object is measured before its contents are visited. */
function checkValue(value: unknown, path: string, limits: InputLimits): void {
  if (typeof value === "string") {
    if (value.length > limits.maxStringLength)
      throw tooLong(`Variable ${path}`, value.length, limits.maxStringLength);
    return;
  }
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    if (value.length > limits.maxListItems)
      throw tooMany(`Variable ${path}`, value.length, limits.maxListItems);
    value.forEach((item, i) => checkValue(item, `${path}[${i}]`, limits));
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > limits.maxListItems)
    throw tooMany(`Variable ${path}`, entries.length, limits.maxListItems);
  for (const [key, inner] of entries) checkValue(inner, `${path}.${key}`, limits);
}

function tooLong(what: string, length: number, max: number): AppError {
  return new AppError(
    "BAD_USER_INPUT",
    `${what} has ${length} characters; at most ${max} are accepted (MAX_STRING_LENGTH); send a shorter one.`,
    { details: { reason: "STRING_TOO_LONG", maxStringLength: max } },
  );
}

function tooMany(what: string, count: number, max: number): AppError {
  return new AppError(
    "BAD_USER_INPUT",
    `${what} has ${count} items; at most ${max} are accepted (MAX_LIST_ITEMS). Split the request.`,
    { details: { reason: "LIST_TOO_LONG", maxListItems: max } },
  );
}

function selectOperation(
  document: DocumentNode,
  operationName: unknown,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (typeof operationName === "string" && operationName !== "") {
    return operations.find((o) => o.name?.value === operationName);
  }
  return operations.length === 1 ? operations[0] : undefined;
}

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

import { DATA_OBJECT_TYPE_NAMES, isDataObjectType } from "../model/index.ts";
import { badInput, checkRange } from "../errors/index.ts";

export { LIMITS } from "./limits.ts";

export function range(argument: string, value: number, bounds: { min: number; max: number }): number {
  return checkRange(argument, value, bounds.min, bounds.max);
}

/** Validates an IT4IT type name argument against the meta-model. */
export function dataObjectType(argument: string, value: string): string {
  if (isDataObjectType(value)) return value;
  throw badInput(
    argument,
    `"${value}" is not an IT4IT data object type. Valid types: ${DATA_OBJECT_TYPE_NAMES.join(", ")}.`,
  );
}

/** Validates an optional list of type names; null or empty means every type. */
export function dataObjectTypes(
  argument: string,
  values: readonly string[] | null | undefined,
): string[] | null {
  if (!values || values.length === 0) return null;
  return values.map((v) => dataObjectType(argument, v));
}

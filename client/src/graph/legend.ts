import { DATA_OBJECT_TYPES, VALUE_STREAMS, VALUE_STREAMS_30 } from "../../../server/model/index.ts";

/** Which IT4IT value-stream model lanes follow: IT4IT 2.x (four streams) or 3.0 (seven). */
export type StreamModel = "2" | "3";

/** Cytoscape node shapes, assigned to the types of a value stream in lane order. */
const SHAPES = [
  "round-rectangle",
  "ellipse",
  "diamond",
  "hexagon",
  "round-triangle",
  "barrel",
  "round-tag",
  "octagon",
  "rhomboid",
  "star",
  "vee",
  "concave-hexagon",
] as const;

export interface TypeStyle {
  type: string;
  label: string;
  valueStream: string;
  valueStream30: string;
  lane: number;
  colour: string;
  shape: string;
}

/** Lightens a #rrggbb colour towards white by `amount` (0..1): types of one stream get related tints. */
function tint(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const r = mix((n >> 16) & 255);
  const g = mix((n >> 8) & 255);
  const b = mix(n & 255);
  return `#${((r << 16) | (g << 8) | b).toString(16).padStart(6, "0")}`;
}

/**
 * The legend, derived from the meta-model: every data object type with its lane, value stream, colour (its
 * stream's colour, tinted per type) and shape. The lane order is the meta-model's.
 */
export const TYPE_STYLES: readonly TypeStyle[] = VALUE_STREAMS.flatMap((stream) => {
  const types = DATA_OBJECT_TYPES.filter((t) => t.valueStream === stream.id);
  return types.map((t, i) => ({
    type: t.name,
    label: t.label,
    valueStream: t.valueStream,
    valueStream30: t.valueStream30,
    lane: t.lane,
    colour: tint(stream.colour, (i % 4) * 0.16),
    shape: SHAPES[i % SHAPES.length] as string,
  }));
}).sort((a, b) => a.lane - b.lane);

const BY_TYPE = new Map(TYPE_STYLES.map((s) => [s.type, s]));

export function typeStyle(type: string): TypeStyle {
  return (
    BY_TYPE.get(type) ?? {
      type,
      label: type,
      valueStream: "?",
      valueStream30: "?",
      lane: 99,
      colour: "#888888",
      shape: "ellipse",
    }
  );
}

/** The value streams of a model, in value-chain order, with label and colour. */
export function streamsOf(model: StreamModel): readonly { id: string; label: string; colour: string }[] {
  return model === "3" ? VALUE_STREAMS_30 : VALUE_STREAMS;
}

/** The stream a type belongs to in a model. */
export function streamOfType(type: string, model: StreamModel): string {
  const style = typeStyle(type);
  return model === "3" ? style.valueStream30 : style.valueStream;
}

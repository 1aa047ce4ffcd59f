import type { ValueStream, ValueStream30 } from "./types.ts";

/** IT4IT 2.1 value streams in value-chain order, with the colour family the client draws them in. */
export const VALUE_STREAMS: readonly { id: ValueStream; label: string; colour: string }[] = [
  { id: "S2P", label: "Strategy to Portfolio", colour: "#6d4fc2" },
  { id: "R2D", label: "Requirement to Deploy", colour: "#1f7a8c" },
  { id: "R2F", label: "Request to Fulfill", colour: "#2e8b57" },
  { id: "D2C", label: "Detect to Correct", colour: "#c0392b" },
];

/** IT4IT 3.0 value streams in value-chain order. */
export const VALUE_STREAMS_30: readonly { id: ValueStream30; label: string; colour: string }[] = [
  { id: "Evaluate", label: "Evaluate", colour: "#6d4fc2" },
  { id: "Explore", label: "Explore", colour: "#3f63b5" },
  { id: "Integrate", label: "Integrate", colour: "#1f7a8c" },
  { id: "Deploy", label: "Deploy", colour: "#2a9d8f" },
  { id: "Release", label: "Release", colour: "#2e8b57" },
  { id: "Consume", label: "Consume", colour: "#b7950b" },
  { id: "Operate", label: "Operate", colour: "#c0392b" },
];

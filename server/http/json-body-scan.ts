/** Sizes seen in one variable of a JSON request body, without parsing it. */
export interface ValueStats {
  /** Most items in one list, or members in one object, anywhere inside the value. */
  maxItems: number;
  /** Longest string (UTF-16 code units, as JavaScript counts), object keys included. */
  maxString: number;
  /** Characters the value takes in the body. */
  chars: number;
}

interface Frame {
  kind: "object" | "array";
  items: number;
  /** Objects: the key of the member being read (captured for the top two levels only). */
  key: string | undefined;
  /** Objects: the next string is a key. */
  expectKey: boolean;
}

/** Top-level members the GraphQL-over-HTTP protocol defines; anything else is counted in otherChars. */
const PROTOCOL_MEMBERS = new Set(["query", "variables", "operationName", "extensions"]);
const KEY_CAPTURE_LIMIT = 256;

/**
 * An incremental scan of a JSON GraphQL request body, fed chunk by chunk while the body arrives. It measures
 * every variable (longest list or object, longest string, size) and locates the query, with a few comparisons
 * per character, so that oversized variables can be refused without JSON.parse building them: parsing 150,000
 * ids blocks the event loop for 60–200 ms on a busy machine, while the scan is spread over the chunks. It only
 * counts; a malformed body still gets its error from JSON.parse.
 */
export class JsonBodyScanner {
  /** Stats per variable (members of the top-level `variables` object). */
  readonly variables = new Map<string, ValueStats>();
  /** Characters of top-level members that are not part of the protocol. */
  otherChars = 0;
  /** Set once a measure passes `stopAt`: the rest of the body is not scanned (it will be refused). */
  private over = false;

  /** `stopAt`: sizes past which scanning stops early (the caller refuses the body on what was measured). */
  constructor(private readonly stopAt?: { items: number; string: number }) {}
  private readonly chunks: string[] = [];
  private offset = 0;
  private readonly stack: Frame[] = [];
  private inString = false;
  private stringIsKey = false;
  /** 0 outside an escape; -1 just after a backslash; n > 0 hex digits of \uXXXX still to come. */
  private escape = 0;
  private stringLength = 0;
  private stringStart = 0;
  private captured: string[] | undefined;
  private inScalar = false;
  private readonly ranges = new Map<string, [number, number]>();
  /** The variable being read and whether a non-protocol member is: recomputed on structural changes only. */
  private current: ValueStats | undefined;
  private other = false;

  /** Scans the next piece of the decoded body. */
  push(chunk: string): void {
    this.chunks.push(chunk);
    for (let i = 0; i < chunk.length && !this.over; i++) {
      // Fast path: the plain characters of a string not being captured, up to its next quote or backslash.
      if (this.inString && this.escape === 0 && !this.captured) {
        const end = this.nextSpecial(chunk, i);
        if (end > i) {
          this.stringLength += end - i;
          if (this.current) this.current.chars += end - i;
          else if (this.other) this.otherChars += end - i;
          i = end - 1;
          continue;
        }
      }
      this.step(chunk.charCodeAt(i), chunk, this.offset + i);
    }
    this.offset += chunk.length;
    this.backslashAt = -1;
    // A string still arriving counts with the length it has so far.
    if (this.inString && this.current && this.stringLength > this.current.maxString) {
      this.current.maxString = this.stringLength;
      if (this.stopAt && this.current.maxString > this.stopAt.string) this.over = true;
    }
  }

  /** Where the next backslash of the current chunk is (chunk.length when none), found once per chunk. */
  private backslashAt = -1;

  /** Index of the next `"` or backslash from `from` (or the chunk's end). */
  private nextSpecial(chunk: string, from: number): number {
    if (this.backslashAt < from) {
      const found = chunk.indexOf("\\", from);
      this.backslashAt = found === -1 ? chunk.length : found;
    }
    const quote = chunk.indexOf('"', from);
    return Math.min(quote === -1 ? chunk.length : quote, this.backslashAt);
  }

  /** The whole body text. */
  body(): string {
    return this.chunks.join("");
  }

  /** The raw JSON text (quotes included) of the top-level string member `name`, when there is one. */
  rawMember(name: "query" | "operationName"): string | undefined {
    const range = this.ranges.get(name);
    return range ? this.body().slice(range[0], range[1]) : undefined;
  }

  private step(code: number, chunk: string, at: number): void {
    const zone = this.current;
    if (zone) zone.chars += 1;
    else if (this.other) this.otherChars += 1;
    if (this.inString) return this.stringStep(code, chunk, at, zone);
    if (this.inScalar) {
      // A number, true, false or null ends at the first character that cannot be part of it.
      if (code === 44 || code === 93 || code === 125 || code <= 32) this.inScalar = false;
      else return;
    }
    switch (code) {
      case 34: {
        const frame = this.top();
        this.inString = true;
        this.stringIsKey = frame?.kind === "object" && frame.expectKey;
        this.stringLength = 0;
        this.stringStart = at;
        this.captured = this.stringIsKey && this.stack.length <= 2 ? [] : undefined;
        if (!this.stringIsKey) this.valueStarts();
        return;
      }
      case 123:
      case 91:
        this.valueStarts();
        this.stack.push({
          kind: code === 123 ? "object" : "array",
          items: 0,
          key: undefined,
          expectKey: code === 123,
        });
        return this.locate();
      case 125:
      case 93:
        this.stack.pop();
        return this.locate();
      case 44: {
        const frame = this.top();
        if (frame?.kind === "object") frame.expectKey = true;
        if (this.stack.length <= 2) this.locate();
        return;
      }
      default:
        if (code > 32 && code !== 58) {
          this.inScalar = true;
          this.valueStarts();
        }
    }
  }

  private stringStep(code: number, chunk: string, at: number, zone: ValueStats | undefined): void {
    if (this.escape === -1) {
      // After a backslash: one character, or `u` and four hex digits, make one code unit.
      this.escape = code === 117 ? 4 : 0;
      return this.countChar(chunk, at);
    }
    if (this.escape > 0) {
      this.escape -= 1;
      return;
    }
    if (code === 92) {
      this.escape = -1;
      return;
    }
    if (code !== 34) return this.countChar(chunk, at);
    this.inString = false;
    if (zone && this.stringLength > zone.maxString) zone.maxString = this.stringLength;

    const frame = this.top();
    if (this.stringIsKey && frame) {
      frame.key = this.captured ? this.captured.join("") : "";
      frame.expectKey = false;
      frame.items += 1;
      this.captured = undefined;
      if (this.stack.length === 2 && this.topKey() === "variables" && !this.variables.has(frame.key)) {
        this.variables.set(frame.key, { maxItems: 0, maxString: 0, chars: 0 });
      }
      this.locate();
      this.countItems(frame);
      return;
    }
    const name = this.stack.length === 1 ? this.topKey() : undefined;
    if (name === "query" || name === "operationName") this.ranges.set(name, [this.stringStart, at + 1]);
  }

  private countChar(chunk: string, at: number): void {
    this.stringLength += 1;
    if (this.captured && this.captured.length < KEY_CAPTURE_LIMIT)
      this.captured.push(chunk[at - this.offset] ?? "");
  }

  private valueStarts(): void {
    const frame = this.top();
    if (frame?.kind !== "array") return;
    frame.items += 1;
    this.countItems(frame);
  }

  /** Lists and objects inside a variable's value (not the variables object itself) count toward maxItems. */
  private countItems(frame: Frame): void {
    if (this.stack.length < 3) return;
    const zone = this.current;
    if (zone && frame.items > zone.maxItems) {
      zone.maxItems = frame.items;
      if (this.stopAt && zone.maxItems > this.stopAt.items) this.over = true;
    }
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  private topKey(): string | undefined {
    const root = this.stack[0];
    return root?.kind === "object" ? root.key : undefined;
  }

  private locate(): void {
    this.current = this.zone();
    this.other = this.current === undefined && this.inOtherMember();
  }

  private inOtherMember(): boolean {
    const root = this.stack[0];
    return (
      root?.kind === "object" && !root.expectKey && root.key !== undefined && !PROTOCOL_MEMBERS.has(root.key)
    );
  }

  /** The stats of the variable whose value is being read, if any. */
  private zone(): ValueStats | undefined {
    if (this.stack.length < 2 || this.topKey() !== "variables" || (this.stack[0] as Frame).expectKey)
      return undefined;
    const holder = this.stack[1] as Frame;
    if (holder.kind !== "object" || holder.key === undefined) return undefined;
    if (this.stack.length === 2 && holder.expectKey) return undefined;
    return this.variables.get(holder.key);
  }
}

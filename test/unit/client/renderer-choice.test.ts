import { describe, expect, it } from "vitest";
import { chooseRenderer, WEBGL_FROM_ELEMENTS } from "../../../client/src/graph/renderer-choice.ts";
import { objectLabel } from "../../../client/src/graph/to-elements.ts";

describe("chooseRenderer", () => {
  it("draws large views with WebGL where WebGL2 exists, small ones with canvas", () => {
    expect(chooseRenderer("auto", () => "hardware", WEBGL_FROM_ELEMENTS).renderer).toBe("webgl");
    expect(chooseRenderer("auto", () => "hardware", WEBGL_FROM_ELEMENTS - 1).renderer).toBe("canvas");
  });

  it("keeps canvas on software GL unless WebGL is asked for (there canvas is faster)", () => {
    expect(chooseRenderer("auto", () => "software", 10_000).renderer).toBe("canvas");
    expect(chooseRenderer("webgl", () => "software", 10).renderer).toBe("webgl");
  });

  it("falls back to canvas without WebGL2, even when WebGL is asked for, and says why", () => {
    const choice = chooseRenderer("webgl", () => "none", 10_000);
    expect(choice.renderer).toBe("canvas");
    expect(choice.reason).toMatch(/WebGL2 is not available/);
    expect(chooseRenderer("auto", () => "none", 10_000).renderer).toBe("canvas");
  });

  it("detects WebGL2 only when the answer can change the renderer", () => {
    const asked: string[] = [];
    const detect = () => {
      asked.push("detect");
      return "hardware" as const;
    };
    expect(chooseRenderer("auto", detect, WEBGL_FROM_ELEMENTS - 1).reason).toBe("canvas (small view)");
    expect(chooseRenderer("canvas", detect, 10_000).renderer).toBe("canvas");
    expect(asked).toEqual([]);
    expect(chooseRenderer("auto", detect, WEBGL_FROM_ELEMENTS).renderer).toBe("webgl");
    expect(asked).toEqual(["detect"]);
  });

  it("obeys the URL", () => {
    expect(chooseRenderer("canvas", () => "hardware", 10_000).renderer).toBe("canvas");
    expect(chooseRenderer("webgl", () => "hardware", 10).renderer).toBe("webgl");
  });
});

describe("objectLabel", () => {
  it("is one line of id and name, cut with an ellipsis before the next column", () => {
    expect(objectLabel({ id: "INC-1042", name: "Payments down" })).toBe("INC-1042  Payments down");
    const long = objectLabel({ id: "CI-PAY-DB", name: "Payments database primary cluster in Frankfurt" });
    expect(long.startsWith("CI-PAY-DB  Payments d")).toBe(true);
    expect(long.endsWith("…")).toBe(true);
    expect(long.length).toBeLessThan(40);
  });
});

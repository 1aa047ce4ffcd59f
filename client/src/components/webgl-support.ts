import type { WebGL2Support } from "../graph/renderer-choice.ts";

let cached: WebGL2Support | null = null;

/**
 * What WebGL2 this browser offers Cytoscape: on a GPU, only in software (SwiftShader, llvmpipe), or none.
 * Asked once, on a throwaway canvas whose context is released at once (browsers cap live contexts). Software
 * GL is told apart by its renderer string: Cytoscape's WebGL renderer is slower than its canvas one there.
 */
export function webGL2Support(): WebGL2Support {
  if (cached !== null) return cached;
  try {
    const gl = document.createElement("canvas").getContext("webgl2");
    if (!gl) cached = "none";
    else {
      const info = gl.getExtension("WEBGL_debug_renderer_info");
      const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      cached = /swiftshader|llvmpipe|software|softpipe/i.test(name) ? "software" : "hardware";
      gl.getExtension("WEBGL_lose_context")?.loseContext();
    }
  } catch {
    cached = "none";
  }
  return cached;
}

let cached: boolean | null = null;

/**
 * Whether this browser can give Cytoscape's WebGL renderer a WebGL2 context: asked once, on a throwaway
 * canvas whose context is released at once (browsers cap live contexts).
 */
export function hasWebGL2(): boolean {
  if (cached !== null) return cached;
  try {
    const gl = document.createElement("canvas").getContext("webgl2");
    cached = gl !== null;
    gl?.getExtension("WEBGL_lose_context")?.loseContext();
  } catch {
    cached = false;
  }
  return cached;
}

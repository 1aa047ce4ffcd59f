import { inject } from "vitest";

/** Asks the e2e server directly (what the browser should show is computed from the same API). */
export async function query<T>(
  text: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${inject("e2e").url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: text, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as T;
}

export async function lineageIds(id: string, direction: string, maxDepth: number): Promise<string[]> {
  const data = await query<{ lineage: { root: { id: string }; nodes: { id: string }[] } }>(
    `query ($id: ID!, $d: Direction!, $m: Int) {
      lineage(id: $id, direction: $d, maxDepth: $m, limit: 500) { root { id } nodes { id } } }`,
    { id, d: direction, m: maxDepth },
  );
  return [...new Set([data.lineage.root.id, ...data.lineage.nodes.map((n) => n.id)])].sort();
}

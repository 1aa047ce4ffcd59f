/**
 * An operation document with the fragment definitions it spreads appended (a GraphQL server refuses unused
 * fragments, so each operation carries only its own). Fragments are flat field lists: `fragment X on T { … }`
 * with no nested selections. Pure, so the benchmarks send exactly the documents the client sends.
 */
export function withFragments(operation: string, fragments: string): string {
  const definitions = new Map<string, string>();
  for (const match of fragments.matchAll(/fragment\s+(\w+)\s+on\s+\w+\s*\{[^{}]*\}/g)) {
    definitions.set(match[1] as string, match[0]);
  }
  const used = [...new Set([...operation.matchAll(/\.\.\.\s*(\w+)/g)].map((m) => m[1] as string))].filter(
    (name) => name !== "on",
  );
  const appended = used.map((name) => {
    const definition = definitions.get(name);
    if (!definition)
      throw new Error(`The operation spreads ...${name}, which fragments.graphql does not define.`);
    return definition;
  });
  return [operation.trim(), ...appended].join("\n");
}

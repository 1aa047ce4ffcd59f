import type { DocumentNode, DocumentRelationship, GraphDocument } from "../document.ts";

/** A small builder that keeps the hand-written demo estate readable: one line per object or link. */
export class EstateBuilder {
  private readonly nodes: DocumentNode[] = [];
  private readonly relationships: DocumentRelationship[] = [];

  node(
    type: string,
    id: string,
    name: string,
    status: string,
    properties: Record<string, unknown> = {},
  ): string {
    this.nodes.push({ type, id, name, status, properties });
    return id;
  }

  link(
    from: string,
    type: string,
    to: string | readonly string[],
    properties: Record<string, unknown> = {},
  ): void {
    for (const target of typeof to === "string" ? [to] : to) {
      this.relationships.push({ type, from, to: target, properties });
    }
  }

  build(): GraphDocument {
    return { nodes: [...this.nodes], relationships: [...this.relationships] };
  }
}

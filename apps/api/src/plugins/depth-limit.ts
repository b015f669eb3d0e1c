import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";

/**
 * Refuse documents nested deeper than `max` selection sets (fragments
 * followed). The schema has cycles (Topic.parent, Organisation.children,
 * IndexComponent.children), so without this a short query can ask for an
 * unbounded amount of work.
 */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const depth = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const s of set.selections) {
        // Introspection (__schema, __type) is as deep as the schema, not the data: GRAPHQL_INTROSPECTION governs it.
        if (s.kind === Kind.FIELD)
          deepest = Math.max(
            deepest,
            s.selectionSet && !s.name.value.startsWith("__") ? 1 + depth(s.selectionSet, seen) : 0,
          );
        else if (s.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depth(s.selectionSet, seen));
        else if (!seen.has(s.name.value))
          deepest = Math.max(
            deepest,
            depth(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value])),
          );
      }
      return deepest;
    };
    return {
      OperationDefinition(op) {
        const d = depth(op.selectionSet, new Set());
        if (d > max)
          context.reportError(
            new GraphQLError(`Query depth ${d} exceeds the limit of ${max}`, {
              nodes: [op],
              extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
            }),
          );
      },
    };
  };
}

import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  valueFromASTUntyped,
} from "graphql";

/**
 * A static cost estimate: every field costs 1, and a connection's children are
 * multiplied by its page size (`first`, default 50). Variables are unknown at
 * validation, so a `first: $n` counts as the 500 maximum. Documents over `max`
 * are refused before any resolver runs.
 */
export function costLimit(max: number, defaultPage = 50, maxPage = 500) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const cost = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let total = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD && s.name.value.startsWith("__"))
          total += 1; // introspection: bounded by the schema
        else if (s.kind === Kind.FIELD) {
          const first = s.arguments?.find((a) => a.name.value === "first");
          const page = !first
            ? defaultPage
            : first.value.kind === Kind.VARIABLE
              ? maxPage
              : Number(valueFromASTUntyped(first.value)) || 0;
          total +=
            1 +
            (s.selectionSet
              ? (first || s.name.value === "activities" ? Math.max(1, page) : 1) * cost(s.selectionSet, seen)
              : 0);
        } else if (s.kind === Kind.INLINE_FRAGMENT) total += cost(s.selectionSet, seen);
        else if (!seen.has(s.name.value))
          total += cost(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value]));
      }
      return total;
    };
    return {
      OperationDefinition(op) {
        const c = cost(op.selectionSet, new Set());
        if (c > max)
          context.reportError(
            new GraphQLError(`Query cost ${c} exceeds the limit of ${max}: ask for fewer fields or smaller pages`, {
              nodes: [op],
              extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
            }),
          );
      },
    };
  };
}

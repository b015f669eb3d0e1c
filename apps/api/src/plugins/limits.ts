import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  valueFromASTUntyped,
} from "graphql";
import { MESSAGES } from "../errors";

export interface Limits {
  /** Aliases in one operation (fragments followed); `__typename` is free. */
  maxAliases: number;
  /** Nested fields, leaves counted, fragments flattened (`{ topics { code } }` is 2); introspection not counted. */
  maxDepth: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /**
   * Lexical tokens in a document: parsing stops there, before validation (graphql-js's own `maxTokens`).
   * The dashboard's largest document has 250, GraphiQL's introspection 190. Validation is quadratic in
   * repeated fields (OverlappingFieldsCanBeMerged): 245 copies of `components { id }` (1,000 tokens)
   * take 52 ms to validate, 495 (2,000 tokens) 131 ms, 1,240 (5,000) 276 ms of a blocked event loop.
   */
  maxTokens: number;
  /** The estimated cost, see `ROOT_COST`. */
  maxCost: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxAliases: 15,
  maxDepth: 12,
  maxDirectives: 10,
  maxTokens: 1_000,
  maxCost: 50_000,
};

/**
 * What a root field costs before its selection: roughly tens of microseconds
 * of database time each. The expensive ones run one large statement (window
 * functions over every subject, rollups) or a whole report; the rest read a
 * catalogue or one row. Unlisted root fields cost 1.
 */
export const ROOT_COST: Record<string, number> = {
  subjectProfile: 2_500,
  alignment: 2_500,
  activityStats: 2_500,
  orientationReport: 10_000,
  planProgress: 2_000,
  ranking: 1_500,
  /** One panel statement, then every in-space placebo fit (63 quadratic programs for ALL): ~0.1–0.5 s of CPU. */
  impact: 10_000,
  whatIf: 500,
  rankTarget: 500,
  /** Per subject asked (a list in a variable counts as the 70 allowed). */
  compareSeries: 100,
  indexSeries: 100,
  activities: 100,
  importBatches: 50,
  provinces: 20,
  indices: 20,
  topics: 10,
  organisations: 10,
  peerGroups: 10,
  plans: 10,
  subject: 5,
  index: 5,
  plan: 5,
  forms: 5,
  /** The whole schema: GraphiQL's introspection fits ten times in the budget; 5,000 aliases of it do not. */
  __schema: 5_000,
  __type: 50,
};

const DEFAULT_PAGE: Record<string, number> = { activities: 50, importBatches: 50 };
const MAX_PAGE = 500;
const MAX_COMPARED = 70;

const refuse = (context: ValidationContext, message: string) =>
  context.reportError(new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }));

/**
 * A static cost estimate, refused before any resolver runs: a root field's
 * price (`ROOT_COST`) plus 1 per field below it, where a paged list's
 * children are multiplied by its page (`first`; a variable counts as the 500
 * maximum). Introspection is priced as a whole (its fields below are free):
 * it costs schema size, not data. Each fragment is costed once (memoized), so
 * a fragment fan-out cannot make the estimate itself exponential.
 */
export function costLimit(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const memo = new Map<string, number>();
    const page = (field: FieldNode): number => {
      const first = field.arguments?.find((a) => a.name.value === "first");
      if (!first) return DEFAULT_PAGE[field.name.value] ?? 1;
      if (first.value.kind === Kind.VARIABLE) return MAX_PAGE;
      return Math.max(1, Math.min(MAX_PAGE, Number(valueFromASTUntyped(first.value)) || 1));
    };
    const rootPrice = (field: FieldNode): number => {
      const price = ROOT_COST[field.name.value] ?? 1;
      if (field.name.value !== "compareSeries") return price;
      const subjects = field.arguments?.find((a) => a.name.value === "subjects")?.value;
      return price * (subjects?.kind === Kind.LIST ? Math.max(1, subjects.values.length) : MAX_COMPARED);
    };
    const cost = (set: SelectionSetNode | undefined, root: boolean, seen: Set<string>): number => {
      if (!set) return 0;
      let total = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          const name = s.name.value;
          if (name === "__typename") continue;
          if (name.startsWith("__")) total += ROOT_COST[name] ?? 50;
          else total += (root ? rootPrice(s) : 1) + (s.selectionSet ? page(s) * cost(s.selectionSet, false, seen) : 0);
        } else if (s.kind === Kind.INLINE_FRAGMENT) total += cost(s.selectionSet, root, seen);
        else {
          const name = s.name.value;
          if (seen.has(name)) continue; // a cycle: graphql-js's NoFragmentCycles reports it
          const key = `${root}:${name}`;
          let c = memo.get(key);
          if (c === undefined) {
            c = cost(fragments.get(name)?.selectionSet, root, new Set([...seen, name]));
            memo.set(key, c);
          }
          total += c;
        }
      }
      return total;
    };
    return {
      OperationDefinition(op) {
        const c = cost(op.selectionSet, true, new Set());
        if (c > max)
          refuse(
            context,
            `Truy vấn ước tính tốn ${c} đơn vị, vượt giới hạn ${max}: hãy lấy ít trường hoặc trang nhỏ hơn (QUERY_TOO_COSTLY)`,
          );
      },
    };
  };
}

/** A NUL character in a string literal of the document: PostgreSQL cannot store it, so it is refused here. */
export const noNulLiterals: ValidationRule = (context) => ({
  StringValue(node) {
    if (node.value.includes("\u0000")) refuse(context, MESSAGES.NUL("Chuỗi trong truy vấn"));
  },
});

/** Turn graphql-armor's English message ("… limit of 15 exceeded, found 16.") into a Vietnamese one. */
const armorReject = (what: string, code: string) => (context: ValidationContext | null, error: GraphQLError) => {
  const m = /limit of (\d+) exceeded, found (\d+)/.exec(error.message);
  if (context)
    refuse(context, m ? `Truy vấn có ${m[2]} ${what}, vượt giới hạn ${m[1]} (${code})` : `${error.message} (${code})`);
};

/**
 * graphql-armor's validation rules (aliases, depth, directives), reporting
 * through the validation context so Apollo answers 400, and graphql-js's own
 * token limit at parse time (armor's Apollo token plugin throws from a
 * parsing hook, which Apollo answers 500). Armor's cost limit is not used: it
 * has no per-field price, and it does not count `__schema` at all.
 */
export function limitRules(limits: Limits): { validationRules: ValidationRule[]; parseOptions: { maxTokens: number } } {
  const armor = new ApolloArmor({
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
    maxAliases: {
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [armorReject("bí danh (alias)", "TOO_MANY_ALIASES")],
    },
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [armorReject("cấp lồng nhau", "QUERY_TOO_DEEP")],
    },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [armorReject("chỉ thị (directive)", "TOO_MANY_DIRECTIVES")],
    },
  }).protect();
  return {
    validationRules: [...(armor.validationRules as ValidationRule[]), costLimit(limits.maxCost), noNulLiterals],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

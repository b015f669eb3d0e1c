import type { CodegenConfig } from "@graphql-codegen/cli";
import { ENUM_WORDS } from "./src/vocabulary";

const config: CodegenConfig = {
  schema: "src/*.graphql",
  generates: {
    // Resolver signatures for apps/api; parents are the plain rows services return.
    "../../apps/api/src/generated/resolvers-types.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        contextType: "../context#ApiContext",
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: "string" },
        // Enums travel as the database spells them (Role: "viewer" …); the same vocabulary's
        // enum resolvers, served by apps/api/src/resolvers.ts, map them at the edge, once.
        enumValues: ENUM_WORDS,
        mappers: Object.fromEntries(
          [
            "Region",
            "Province",
            "Organisation",
            "Index",
            "MethodologyVersion:Version",
            "IndexComponent:Component",
            "ComponentVersion",
            "Topic",
            "Form",
            "Plan",
            "PlanTopic",
            "PlanForm",
            "PlanResponsibility",
            "Activity",
            "SeriesPoint",
            "CoverageRow",
            "SubjectSeries",
            "Subject",
            "ActivityGroup",
            "ImportReport",
            "ImportBatch",
            "ImportUnitMatch",
            "Ranking:RankingResult",
            "RankingRow:RankingEntry",
            "ProfileFigure",
            "IndexProfile",
            "SubjectProfile",
            "PeerGroup",
            "PeerGroupMembership",
            "Alignment",
            "AlignmentYear",
            "AlignmentComponentYear",
            "PlanTarget",
            "PlanProgressRow:ProgressEntry",
            "PlanProgress:PlanProgressResult",
            "ProposedTarget",
            "OrientationReport",
            "Account",
            "ApiToken",
          ].map((entry) => {
            const [gql, row = gql] = entry.split(":");
            return [gql, `../mappers#${row}Row`];
          }),
        ),
      },
    },
    // Typed documents for apps/web: no hand-written response types.
    "../../apps/web/lib/graphql/generated/": {
      documents: ["../../apps/web/lib/graphql/queries/**/*.graphql"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: "string" } },
    },
  },
};
export default config;

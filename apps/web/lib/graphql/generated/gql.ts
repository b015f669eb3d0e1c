/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment ImportReportFields on ImportReport {\n  kind\n  files\n  rows\n  insert\n  update\n  unchanged\n  committed\n  rejected {\n    row\n    column\n    file\n    reason\n  }\n  changes {\n    row\n    target\n    field\n    from\n    to\n  }\n  batch {\n    id\n  }\n}\n\nmutation PreviewImport($upload: ID!, $kind: ImportKind) {\n  previewImport(upload: $upload, kind: $kind) {\n    ...ImportReportFields\n  }\n}\n\nmutation CommitImport($upload: ID!, $kind: ImportKind) {\n  commitImport(upload: $upload, kind: $kind) {\n    ...ImportReportFields\n  }\n}\n\nquery ImportBatches {\n  importBatches(first: 20) {\n    id\n    kind\n    fileName\n    rowCount\n    createdAt\n    createdBy\n    undoneAt\n  }\n}": typeof types.ImportReportFieldsFragmentDoc,
    "fragment SeriesPointFields on SeriesPoint {\n  year\n  value\n  publishedRank\n  publishedOutOf\n  status\n  sourceUrl\n  note\n  methodologyVersion {\n    code\n    nameVi\n  }\n}\n\nquery Overview($subject: ID!) {\n  subject(code: $subject) {\n    code\n    nameVi\n    region {\n      nameVi\n    }\n  }\n  indices {\n    code\n    shortName\n    nameVi\n    unit\n    publisher\n    subjectKind\n  }\n  par: indexSeries(subject: $subject, index: PAR_INDEX) {\n    ...SeriesPointFields\n  }\n  sipas: indexSeries(subject: $subject, index: SIPAS) {\n    ...SeriesPointFields\n  }\n  papi: indexSeries(subject: $subject, index: PAPI) {\n    ...SeriesPointFields\n  }\n  pci: indexSeries(subject: $subject, index: PCI) {\n    ...SeriesPointFields\n  }\n  activityStats(period: YEAR) {\n    period\n    count\n    reachSum\n  }\n}": typeof types.SeriesPointFieldsFragmentDoc,
};
const documents: Documents = {
    "fragment ImportReportFields on ImportReport {\n  kind\n  files\n  rows\n  insert\n  update\n  unchanged\n  committed\n  rejected {\n    row\n    column\n    file\n    reason\n  }\n  changes {\n    row\n    target\n    field\n    from\n    to\n  }\n  batch {\n    id\n  }\n}\n\nmutation PreviewImport($upload: ID!, $kind: ImportKind) {\n  previewImport(upload: $upload, kind: $kind) {\n    ...ImportReportFields\n  }\n}\n\nmutation CommitImport($upload: ID!, $kind: ImportKind) {\n  commitImport(upload: $upload, kind: $kind) {\n    ...ImportReportFields\n  }\n}\n\nquery ImportBatches {\n  importBatches(first: 20) {\n    id\n    kind\n    fileName\n    rowCount\n    createdAt\n    createdBy\n    undoneAt\n  }\n}": types.ImportReportFieldsFragmentDoc,
    "fragment SeriesPointFields on SeriesPoint {\n  year\n  value\n  publishedRank\n  publishedOutOf\n  status\n  sourceUrl\n  note\n  methodologyVersion {\n    code\n    nameVi\n  }\n}\n\nquery Overview($subject: ID!) {\n  subject(code: $subject) {\n    code\n    nameVi\n    region {\n      nameVi\n    }\n  }\n  indices {\n    code\n    shortName\n    nameVi\n    unit\n    publisher\n    subjectKind\n  }\n  par: indexSeries(subject: $subject, index: PAR_INDEX) {\n    ...SeriesPointFields\n  }\n  sipas: indexSeries(subject: $subject, index: SIPAS) {\n    ...SeriesPointFields\n  }\n  papi: indexSeries(subject: $subject, index: PAPI) {\n    ...SeriesPointFields\n  }\n  pci: indexSeries(subject: $subject, index: PCI) {\n    ...SeriesPointFields\n  }\n  activityStats(period: YEAR) {\n    period\n    count\n    reachSum\n  }\n}": types.SeriesPointFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ImportReportFields on ImportReport {\n  kind\n  files\n  rows\n  insert\n  update\n  unchanged\n  committed\n  rejected {\n    row\n    column\n    file\n    reason\n  }\n  changes {\n    row\n    target\n    field\n    from\n    to\n  }\n  batch {\n    id\n  }\n}\n\nmutation PreviewImport($upload: ID!, $kind: ImportKind) {\n  previewImport(upload: $upload, kind: $kind) {\n    ...ImportReportFields\n  }\n}\n\nmutation CommitImport($upload: ID!, $kind: ImportKind) {\n  commitImport(upload: $upload, kind: $kind) {\n    ...ImportReportFields\n  }\n}\n\nquery ImportBatches {\n  importBatches(first: 20) {\n    id\n    kind\n    fileName\n    rowCount\n    createdAt\n    createdBy\n    undoneAt\n  }\n}"): (typeof documents)["fragment ImportReportFields on ImportReport {\n  kind\n  files\n  rows\n  insert\n  update\n  unchanged\n  committed\n  rejected {\n    row\n    column\n    file\n    reason\n  }\n  changes {\n    row\n    target\n    field\n    from\n    to\n  }\n  batch {\n    id\n  }\n}\n\nmutation PreviewImport($upload: ID!, $kind: ImportKind) {\n  previewImport(upload: $upload, kind: $kind) {\n    ...ImportReportFields\n  }\n}\n\nmutation CommitImport($upload: ID!, $kind: ImportKind) {\n  commitImport(upload: $upload, kind: $kind) {\n    ...ImportReportFields\n  }\n}\n\nquery ImportBatches {\n  importBatches(first: 20) {\n    id\n    kind\n    fileName\n    rowCount\n    createdAt\n    createdBy\n    undoneAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SeriesPointFields on SeriesPoint {\n  year\n  value\n  publishedRank\n  publishedOutOf\n  status\n  sourceUrl\n  note\n  methodologyVersion {\n    code\n    nameVi\n  }\n}\n\nquery Overview($subject: ID!) {\n  subject(code: $subject) {\n    code\n    nameVi\n    region {\n      nameVi\n    }\n  }\n  indices {\n    code\n    shortName\n    nameVi\n    unit\n    publisher\n    subjectKind\n  }\n  par: indexSeries(subject: $subject, index: PAR_INDEX) {\n    ...SeriesPointFields\n  }\n  sipas: indexSeries(subject: $subject, index: SIPAS) {\n    ...SeriesPointFields\n  }\n  papi: indexSeries(subject: $subject, index: PAPI) {\n    ...SeriesPointFields\n  }\n  pci: indexSeries(subject: $subject, index: PCI) {\n    ...SeriesPointFields\n  }\n  activityStats(period: YEAR) {\n    period\n    count\n    reachSum\n  }\n}"): (typeof documents)["fragment SeriesPointFields on SeriesPoint {\n  year\n  value\n  publishedRank\n  publishedOutOf\n  status\n  sourceUrl\n  note\n  methodologyVersion {\n    code\n    nameVi\n  }\n}\n\nquery Overview($subject: ID!) {\n  subject(code: $subject) {\n    code\n    nameVi\n    region {\n      nameVi\n    }\n  }\n  indices {\n    code\n    shortName\n    nameVi\n    unit\n    publisher\n    subjectKind\n  }\n  par: indexSeries(subject: $subject, index: PAR_INDEX) {\n    ...SeriesPointFields\n  }\n  sipas: indexSeries(subject: $subject, index: SIPAS) {\n    ...SeriesPointFields\n  }\n  papi: indexSeries(subject: $subject, index: PAPI) {\n    ...SeriesPointFields\n  }\n  pci: indexSeries(subject: $subject, index: PCI) {\n    ...SeriesPointFields\n  }\n  activityStats(period: YEAR) {\n    period\n    count\n    reachSum\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
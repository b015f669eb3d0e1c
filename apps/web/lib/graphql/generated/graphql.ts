/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Codes of the indices the service knows. */
export type IndexCode =
  /** Department and District Competitiveness Index. */
  | 'DDCI'
  /** Department-level PAR index set by the province. */
  | 'DEPT_PAR'
  /** Provincial Governance and Public Administration Performance Index (UNDP), sum of dimensions of 1–10 points. */
  | 'PAPI'
  /** Chỉ số cải cách hành chính (Bộ Nội vụ), %. */
  | 'PAR_INDEX'
  /** Provincial Competitiveness Index (VCCI), weighted mean of 10 sub-indices, max 100. */
  | 'PCI'
  /** Chỉ số hài lòng về sự phục vụ hành chính (Bộ Nội vụ), %. */
  | 'SIPAS';

/** Whether a subject is a province or a provincial department. */
export type SubjectKind =
  | 'DEPARTMENT'
  | 'PROVINCE';

/** Whether a figure exists. A missing value is never zero. */
export type ValueStatus =
  /** Scored but not published (e.g. PCI outside VCCI's top 30 from 2023). */
  | 'NOT_PUBLISHED'
  /** No data for this subject in this year (e.g. no PAPI survey). */
  | 'NO_DATA'
  /** Published with a value and/or a rank. */
  | 'PUBLISHED';

export type SeriesPointFieldsFragment = { year: number, value: number | null, publishedRank: number | null, publishedOutOf: number | null, status: ValueStatus, sourceUrl: string | null, note: string | null, methodologyVersion: { code: string, nameVi: string } };

export type OverviewQueryVariables = Exact<{
  subject: string | number;
}>;


export type OverviewQuery = { subject: { code: string, nameVi: string, region: { nameVi: string } | null } | null, indices: Array<{ code: IndexCode, shortName: string, nameVi: string, unit: string, publisher: string, subjectKind: SubjectKind }>, par: Array<{ year: number, value: number | null, publishedRank: number | null, publishedOutOf: number | null, status: ValueStatus, sourceUrl: string | null, note: string | null, methodologyVersion: { code: string, nameVi: string } }>, sipas: Array<{ year: number, value: number | null, publishedRank: number | null, publishedOutOf: number | null, status: ValueStatus, sourceUrl: string | null, note: string | null, methodologyVersion: { code: string, nameVi: string } }>, papi: Array<{ year: number, value: number | null, publishedRank: number | null, publishedOutOf: number | null, status: ValueStatus, sourceUrl: string | null, note: string | null, methodologyVersion: { code: string, nameVi: string } }>, pci: Array<{ year: number, value: number | null, publishedRank: number | null, publishedOutOf: number | null, status: ValueStatus, sourceUrl: string | null, note: string | null, methodologyVersion: { code: string, nameVi: string } }>, activityStats: Array<{ period: string | null, count: number, reachSum: number }> };

export const SeriesPointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeriesPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"publishedRank"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOutOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"methodologyVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}}]}}]} as unknown as DocumentNode<SeriesPointFieldsFragment, unknown>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"par"},"name":{"kind":"Name","value":"indexSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"index"},"value":{"kind":"EnumValue","value":"PAR_INDEX"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesPointFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sipas"},"name":{"kind":"Name","value":"indexSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"index"},"value":{"kind":"EnumValue","value":"SIPAS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesPointFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"papi"},"name":{"kind":"Name","value":"indexSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"index"},"value":{"kind":"EnumValue","value":"PAPI"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesPointFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pci"},"name":{"kind":"Name","value":"indexSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"index"},"value":{"kind":"EnumValue","value":"PCI"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesPointFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activityStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"EnumValue","value":"YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"reachSum"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SeriesPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"publishedRank"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOutOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"methodologyVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameVi"}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
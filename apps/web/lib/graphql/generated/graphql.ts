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

export type PingQueryVariables = Exact<{ [key: string]: never; }>;


export type PingQuery = { indices: Array<{ code: IndexCode }> };


export const PingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PingQuery, PingQueryVariables>;
import { GraphQLRequestError } from "./request-error";

/**
 * For unit tests of a page or route that reads the API: what to mock
 * lib/graphql/client with (`vi.mock(path, async () => (await import(this)).mockClient(...))`):
 * the client's own error class, and `gql` answering as the test says.
 */
export function mockClient<V>(gql: (document: unknown, variables: V) => Promise<unknown>) {
  return { GraphQLRequestError, gql };
}

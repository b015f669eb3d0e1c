/** The API's answer carried errors (or was not JSON): its message, and each error with its extensions (the code). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: { message: string; extensions?: Record<string, unknown> }[] = [],
  ) {
    super(message);
  }
}

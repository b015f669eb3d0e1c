import { HeaderMap } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** Every error code a client can see. Anything else is masked as INTERNAL_SERVER_ERROR. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  /** The database cannot be reached (refused, timed out, pool exhausted): retry in a few seconds (HTTP 503). */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  /** The request took longer than REQUEST_TIMEOUT_MS, or a statement longer than STATEMENT_TIMEOUT_MS (HTTP 504). */
  TIMEOUT: "TIMEOUT",
  /** The answer would be larger than MAX_RESPONSE_BYTES (HTTP 500, nothing sent). */
  RESPONSE_TOO_LARGE: "RESPONSE_TOO_LARGE",
  /** The request body is larger than the route accepts (HTTP 413). */
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Seconds a client is asked to wait (Retry-After) when the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

/** What people read (Vietnamese, with the English code beside). */
export const MESSAGES = {
  SERVICE_UNAVAILABLE: `Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại sau ít giây (SERVICE_UNAVAILABLE)`,
  TIMEOUT: "Yêu cầu chạy quá thời gian cho phép; hãy thu hẹp bộ lọc hoặc thử lại sau (TIMEOUT)",
  RESPONSE_TOO_LARGE: (max: number) =>
    `Kết quả lớn hơn ${max >= 1_000_000 ? `${max / 1_000_000} MB` : `${max} byte`} nên không được gửi; hãy thu hẹp bộ lọc hoặc lấy ít trường hơn (RESPONSE_TOO_LARGE)`,
  PAYLOAD_TOO_LARGE: (max: number) => `Nội dung gửi lên vượt quá ${max} byte (PAYLOAD_TOO_LARGE)`,
  NUL: (where: string) => `${where} chứa ký tự NUL (\\u0000), không được chấp nhận (BAD_USER_INPUT)`,
  INTERNAL: (id: string) => `Lỗi máy chủ, mã lỗi ${id} (INTERNAL_SERVER_ERROR)`,
} as const;

export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}), http: { status: 400 } },
  });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: ErrorCode.NOT_FOUND } });
}

/** A database id (serial, PostgreSQL integer): 1 … 2,147,483,647. Anything else is refused before SQL sees it. */
export const isSerialId = (n: number) => Number.isInteger(n) && n >= 1 && n <= 2_147_483_647;

/** Whether a string, or any string inside an object or array, holds a NUL character. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 32 || value === null || typeof value !== "object") return false;
  for (const v of Array.isArray(value) ? value : Object.values(value)) if (containsNul(v, depth + 1)) return true;
  return Object.keys(value).some((k) => k.includes("\u0000"));
}

// Node's socket errors and postgres.js's own connection errors: the server is not reachable.
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECTION_ENDED",
  // PostgreSQL: shutting down, starting up, too many connections.
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);
// SQLSTATE class 22 (data exception) from a value a client sent: NUL byte, number out of range, bad text.
const BAD_INPUT_CODES = new Set(["22021", "22P05", "22003", "22P02", "22007", "22008"]);

/** The error and its causes (GraphQLError.originalError, Error.cause), outermost first. */
function* chain(error: unknown): Generator<Record<string, unknown>> {
  let e = error;
  for (let i = 0; i < 8 && e && typeof e === "object"; i++) {
    yield e as Record<string, unknown>;
    const next = (e as { originalError?: unknown; cause?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
    if (next === e) return;
    e = next;
  }
}

export type Classified = { code: ErrorCode; status: number; message: string };

/**
 * What an unexpected error means for the client: the database is down (503),
 * a statement ran out of time (504), or a value was refused by PostgreSQL
 * (400); null for anything else (a bug: masked as 500).
 */
export function classifyError(error: unknown): Classified | null {
  for (const e of chain(error)) {
    const code = typeof e.code === "string" ? e.code : undefined;
    if (!code) continue;
    if (UNREACHABLE_CODES.has(code))
      return { code: ErrorCode.SERVICE_UNAVAILABLE, status: 503, message: MESSAGES.SERVICE_UNAVAILABLE };
    if (code === "57014") return { code: ErrorCode.TIMEOUT, status: 504, message: MESSAGES.TIMEOUT };
    if (BAD_INPUT_CODES.has(code))
      return {
        code: ErrorCode.BAD_USER_INPUT,
        status: 400,
        message: `Giá trị gửi lên không hợp lệ (${code === "22003" ? "số vượt giới hạn" : code === "22021" ? "ký tự NUL" : "sai định dạng"}) (BAD_USER_INPUT)`,
      };
  }
  return null;
}

/** The HTTP head (status, Retry-After) Apollo should answer with for a classified error. */
export function httpFor(c: Classified): { status: number; headers: HeaderMap } {
  const headers = new HeaderMap();
  if (c.status === 503) headers.set("retry-after", String(RETRY_AFTER_SECONDS));
  return { status: c.status, headers };
}

/** A GraphQLError Apollo answers with the classified status (thrown from the context function). */
export function classifiedError(c: Classified, errorId?: string): GraphQLError {
  return new GraphQLError(c.message, {
    extensions: { code: c.code, ...(errorId ? { errorId } : {}), http: httpFor(c) },
  });
}

/** Apollo's own codes that are safe to show as they are (parse, validation, bad request). */
const APOLLO_CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export const newErrorId = () => Math.random().toString(36).slice(2, 10);

/**
 * Unknown errors (a database failure, a bug) may carry SQL, table names or
 * data in their message: log them on the server (without parameters), send
 * the client only a code and an id to quote when reporting. Errors whose
 * cause is known (database unreachable, statement timeout, a value
 * PostgreSQL refused) get their own code and message. Never a stack trace
 * unless NODE_ENV=development (Apollo adds it only then).
 */
export function formatError(log: (msg: string, err: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && (code in ErrorCode ? code !== ErrorCode.INTERNAL_SERVER_ERROR : APOLLO_CLIENT_CODES.has(code)))
      return formatted;
    const errorId = newErrorId();
    const known = classifyError(error);
    log(known ? `${known.code} ${errorId}` : `unexpected error ${errorId}`, error);
    // Present only when Apollo was started with NODE_ENV=development (includeStacktraceInErrorResponses).
    const dev = formatted.extensions?.stacktrace;
    return {
      message: known ? known.message : MESSAGES.INTERNAL(errorId),
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: known ? known.code : ErrorCode.INTERNAL_SERVER_ERROR,
        errorId,
        ...(dev ? { stacktrace: formatted.extensions?.stacktrace } : {}),
      },
    };
  };
}

import pino from "pino";

/** The part of pino the API uses: one JSON object per line, a message beside it. */
export interface Logger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** JSON lines on stdout (or `destination`) at LOG_LEVEL (default info); "silent" logs nothing. */
export function createLogger(
  level: string = process.env.LOG_LEVEL || "info",
  destination?: pino.DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: "cchc-api" },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Never a token, cookie or token hash, whatever a caller passes in by mistake.
    redact: { paths: ["authorization", "cookie", "token", "tokenHash", "*.authorization", "*.token"], censor: "***" },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * The `log(message, error)` callback tests give createServer, as a Logger:
 * every line goes to it with its message (request lines with their fields).
 */
export function loggerFromCallback(log: (message: string, error?: unknown) => void): Logger {
  const call = (fields: object, message: string) => {
    const f = fields as { err?: unknown };
    log(message, f.err ?? fields);
  };
  return { debug: () => {}, info: call, warn: call, error: call };
}

const MAX_SQL = 300;
const MAX_MESSAGE = 300;
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

/**
 * What a log line keeps of an error: its class, codes, message and stack
 * frames, and a failed statement's SQL text (truncated). Never its parameters
 * (row data, token hashes): drizzle's DrizzleQueryError puts them in its
 * message (`params: …`) and postgres.js's PostgresError in `parameters`, so
 * the message is cut before them and those properties are not copied.
 */
export function safeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!error || typeof error !== "object") return { message: cut(String(error), MAX_MESSAGE) };
  const e = error as Error & Record<string, unknown>;
  const message =
    typeof e.message === "string"
      ? e.message.split("\nparams:")[0]!.replace(/^Failed query: [\s\S]*/, "Failed query")
      : "";
  const out: Record<string, unknown> = { type: e.name ?? e.constructor?.name, message: cut(message, MAX_MESSAGE) };
  if (typeof e.code === "string" || typeof e.code === "number") out.code = e.code;
  if (typeof e.severity === "string") out.severity = e.severity;
  if (typeof e.routine === "string") out.routine = e.routine;
  const sql = typeof e.query === "string" ? e.query : undefined;
  if (sql) out.sql = cut(sql.replace(/\s+/g, " "), MAX_SQL);
  if (typeof e.stack === "string")
    out.stack = e.stack
      .split("\n")
      .filter((l) => l.startsWith("    at "))
      .slice(0, 8)
      .join("\n");
  const cause = (e as { originalError?: unknown }).originalError ?? e.cause;
  if (cause && cause !== error && depth < 3) out.cause = safeError(cause, depth + 1);
  return out;
}

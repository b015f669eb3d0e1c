import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

/** Rights, in increasing order: leadership reads, analysts query, the Office (editor) writes, admins manage people. */
export const role = pgEnum("role", ["viewer", "analyst", "editor", "admin"]);

/*
 * People who sign in, their sessions and password accounts. The column set is
 * better-auth's (core + username + admin plugins), read and written only
 * through better-auth's drizzle adapter; field names are its field names.
 */

const stamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

export const users = pgTable("users", {
  id: text().primaryKey(),
  /** Display name ("Nguyễn Văn A — Văn phòng Sở"). */
  name: text().notNull(),
  /** better-auth needs an e-mail; people here sign in by username, so it may be a placeholder. */
  email: text().notNull().unique(),
  emailVerified: boolean().notNull().default(false),
  image: text(),
  username: text().unique(),
  displayUsername: text(),
  role: role().notNull().default("viewer"),
  /** Disabled by an admin (better-auth's admin plugin calls it a ban). */
  banned: boolean().default(false),
  banReason: text(),
  banExpires: timestamp({ withTimezone: true }),
  /** A service account holds API tokens for scripts; it never signs in with a password. */
  isService: boolean().notNull().default(false),
  ...stamps,
});

export const sessions = pgTable(
  "sessions",
  {
    id: text().primaryKey(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    token: text().notNull().unique(),
    ipAddress: text(),
    userAgent: text(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    impersonatedBy: text(),
    ...stamps,
  },
  (t) => [index().on(t.userId)],
);

export const accounts = pgTable(
  "accounts",
  {
    id: text().primaryKey(),
    accountId: text().notNull(),
    providerId: text().notNull(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text(),
    refreshToken: text(),
    idToken: text(),
    accessTokenExpiresAt: timestamp({ withTimezone: true }),
    refreshTokenExpiresAt: timestamp({ withTimezone: true }),
    scope: text(),
    /** argon2id hash (@node-rs/argon2); never the password. */
    password: text(),
    ...stamps,
  },
  (t) => [index().on(t.userId)],
);

export const verifications = pgTable("verifications", {
  id: text().primaryKey(),
  identifier: text().notNull(),
  value: text().notNull(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  ...stamps,
});

/** better-auth's request rate limits, in the database so every API process shares them. */
export const rateLimits = pgTable("rate_limits", {
  id: text().primaryKey(),
  key: text().notNull().unique(),
  count: integer().notNull(),
  lastRequest: bigint({ mode: "number" }).notNull(),
});

/**
 * Failed sign-ins per account ("user:<username>") and per client address
 * ("addr:<ip>"): after too many in a window the key is locked for a while.
 */
export const signInFailures = pgTable("sign_in_failures", {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  firstAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
});

/**
 * Every write, append-only (a trigger refuses UPDATE, DELETE and TRUNCATE):
 * who (a signed-in person, or a token and the account it belongs to), when,
 * what operation on which entity, the values before and after, and the request.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: text(),
    actorTokenId: integer(),
    /** The actor as shown to people: "Nguyễn Văn A", "token 3 (Kịch bản nhập)", "hệ thống". */
    actorName: text().notNull(),
    operation: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    before: jsonb(),
    after: jsonb(),
    requestId: text(),
    clientAddress: text(),
  },
  (t) => [index().on(t.at), index().on(t.entity, t.entityId), index().on(t.actorUserId)],
);

import { hash, verify } from "@node-rs/argon2";
import { type Db, tables } from "@cchc/db";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { admin, username } from "better-auth/plugins";

/** argon2id with OWASP's minimum parameters (19 MiB, 2 passes), as @node-rs/argon2 defaults. */
export const hashPassword = (password: string) => hash(password, { algorithm: 2 });
export const verifyPassword = ({ hash: stored, password }: { hash: string; password: string }) =>
  verify(stored, password).catch(() => false);

export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 128;

export interface AuthConfig {
  /** Signs session cookies; at least 32 characters (npm start keeps one in .data/auth-secret). */
  secret: string;
  /** The dashboard's public URL; https makes the session cookie Secure. */
  baseURL: string;
  /** Days a session lasts without use. */
  sessionDays?: number;
}

/**
 * better-auth over our own tables (drizzle adapter): username + password
 * accounts, sessions in the database, admin roles and disabling. Sign-up is
 * closed: admins create accounts. The API calls it server-side only
 * (auth.api.*); no better-auth HTTP routes are exposed.
 */
export function createAuth(db: Db, config: AuthConfig) {
  return betterAuth({
    appName: "CCHC",
    secret: config.secret,
    baseURL: config.baseURL,
    telemetry: { enabled: false },
    // Failed sign-ins are recorded in the audit trail; better-auth's own warnings would only repeat them.
    logger: { level: "error" },
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: tables.users,
        session: tables.sessions,
        account: tables.accounts,
        verification: tables.verifications,
        rateLimit: tables.rateLimits,
      },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD,
      maxPasswordLength: MAX_PASSWORD,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: {
      expiresIn: 60 * 60 * 24 * (config.sessionDays ?? 7),
      updateAge: 60 * 60 * 24,
    },
    advanced: {
      cookiePrefix: "cchc",
      useSecureCookies: config.baseURL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
      database: { generateId: () => crypto.randomUUID() },
    },
    plugins: [
      username({ minUsernameLength: 3, maxUsernameLength: 64 }),
      admin({ defaultRole: "viewer", adminRoles: ["admin"] }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

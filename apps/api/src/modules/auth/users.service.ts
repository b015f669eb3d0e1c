import { createHash, randomBytes, randomUUID } from "node:crypto";
import {
  type Actor,
  and,
  asc,
  createToken,
  type Db,
  eq,
  listTokens,
  recordAudit,
  revokeToken,
  type Role,
  roleAtLeast,
  sql,
  tables,
} from "@cchc/db";
import { z } from "zod";
import { badInput, notFound } from "../../errors";
import { hashPassword, MAX_PASSWORD, MIN_PASSWORD, verifyPassword } from "./better-auth";

const { users, accounts, sessions, verifications } = tables;

/** What people type: checked here once, named by field in the Vietnamese message. */
export const personInput = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,64}$/, "tên đăng nhập gồm 3–64 chữ thường không dấu, số, dấu chấm, gạch (username)"),
  name: z.string().trim().min(1, "cần họ tên (name)").max(200, "họ tên tối đa 200 ký tự (name)"),
  password: z
    .string()
    .min(MIN_PASSWORD, `mật khẩu ít nhất ${MIN_PASSWORD} ký tự (password)`)
    .max(MAX_PASSWORD, `mật khẩu tối đa ${MAX_PASSWORD} ký tự (password)`),
});
export type PersonInput = z.input<typeof personInput>;

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw badInput(`Dữ liệu không hợp lệ: ${r.error.issues.map((i) => i.message).join("; ")}`);
  return r.data;
}

const passwordOnly = personInput.shape.password;

/** A person's row as the admin page shows it (no secrets). */
const userColumns = {
  id: users.id,
  name: users.name,
  username: users.username,
  role: users.role,
  banned: users.banned,
  isService: users.isService,
  createdAt: users.createdAt,
};
export type UserRow = {
  id: string;
  name: string;
  username: string | null;
  role: Role;
  banned: boolean | null;
  isService: boolean;
  createdAt: Date;
  /** The account's tokens when the listing already read them (one statement for all accounts). */
  tokenRows?: Awaited<ReturnType<typeof listTokens>>;
};

export const listUsers = (db: Db) => db.select(userColumns).from(users).orderBy(asc(users.isService), asc(users.name));

async function getUser(db: Db, id: string): Promise<UserRow> {
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, id));
  if (!row) throw notFound(`Tài khoản ${id}`);
  return row;
}

/** A username + password account, as better-auth stores one (credential account with an argon2id hash). */
export async function createPerson(db: Db, actor: Actor, input: PersonInput & { role: Role }): Promise<UserRow> {
  const person = parse(personInput, input);
  const id = randomUUID();
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, person.username));
    if (taken) throw badInput(`Tên đăng nhập “${person.username}” đã có (username)`, "username");
    await tx.insert(users).values({
      id,
      name: person.name.normalize("NFC"),
      email: `${person.username}@users.invalid`,
      username: person.username,
      displayUsername: person.username,
      role: input.role,
    });
    await tx.insert(accounts).values({
      id: randomUUID(),
      accountId: id,
      providerId: "credential",
      userId: id,
      password: await hashPassword(person.password),
    });
    const after = { username: person.username, name: person.name, role: input.role };
    await recordAudit(tx, actor, { operation: "createUser", entity: "user", entityId: id, after });
    return getUser(tx, id);
  });
}

/** Admins left if `id` lost the role or were disabled: the last one may not be. */
async function otherActiveAdmins(db: Db, id: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, "admin"), sql`${users.id} <> ${id}`, sql`coalesce(${users.banned}, false) = false`));
  return row?.n ?? 0;
}

export async function setRole(db: Db, actor: Actor, id: string, role: Role): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const before = await getUser(tx, id);
    if (before.role === "admin" && role !== "admin" && (await otherActiveAdmins(tx, id)) === 0)
      throw badInput("Không thể bỏ quyền quản trị của quản trị viên cuối cùng (role)", "role");
    await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, id));
    await recordAudit(tx, actor, {
      operation: "setUserRole",
      entity: "user",
      entityId: id,
      before: { role: before.role },
      after: { role },
    });
    return getUser(tx, id);
  });
}

/** Disable (or enable) an account: its sessions end at once; its tokens stop working (verifyToken checks). */
export async function setDisabled(db: Db, actor: Actor, id: string, disabled: boolean): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const before = await getUser(tx, id);
    if (disabled && id === actor.userId) throw badInput("Không thể tự khoá tài khoản của mình (id)", "id");
    if (disabled && before.role === "admin" && (await otherActiveAdmins(tx, id)) === 0)
      throw badInput("Không thể khoá quản trị viên cuối cùng (id)", "id");
    await tx
      .update(users)
      .set({ banned: disabled, banReason: disabled ? `khoá bởi ${actor.name}` : null, updatedAt: new Date() })
      .where(eq(users.id, id));
    if (disabled) await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, actor, {
      operation: "setUserDisabled",
      entity: "user",
      entityId: id,
      before: { disabled: before.banned === true },
      after: { disabled },
    });
    return getUser(tx, id);
  });
}

/** An admin sets a new password; the person's sessions end. The password itself is never recorded. */
export async function resetPassword(db: Db, actor: Actor, id: string, password: string): Promise<UserRow> {
  const next = parse(passwordOnly, password);
  return db.transaction(async (tx) => {
    const user = await getUser(tx, id);
    if (user.isService) throw badInput("Tài khoản dịch vụ không có mật khẩu (id)", "id");
    const hashed = await hashPassword(next);
    const updated = await tx
      .update(accounts)
      .set({ password: hashed, updatedAt: new Date() })
      .where(and(eq(accounts.userId, id), eq(accounts.providerId, "credential")))
      .returning({ id: accounts.id });
    if (updated.length === 0)
      await tx.insert(accounts).values({
        id: randomUUID(),
        accountId: id,
        providerId: "credential",
        userId: id,
        password: hashed,
      });
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, actor, { operation: "resetUserPassword", entity: "user", entityId: id });
    return user;
  });
}

/** A signed-in person changes their own password, proving the current one. */
export async function changeOwnPassword(db: Db, actor: Actor, current: string, next: string): Promise<boolean> {
  if (!actor.userId) throw badInput("Cần đăng nhập (UNAUTHENTICATED)");
  const password = parse(passwordOnly, next);
  const [account] = await db
    .select({ id: accounts.id, password: accounts.password })
    .from(accounts)
    .where(and(eq(accounts.userId, actor.userId), eq(accounts.providerId, "credential")));
  if (!account?.password || !(await verifyPassword({ hash: account.password, password: current })))
    throw badInput("Mật khẩu hiện tại không đúng (current)", "current");
  await db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ password: await hashPassword(password), updatedAt: new Date() })
      .where(eq(accounts.id, account.id));
    await recordAudit(tx, actor, { operation: "changePassword", entity: "user", entityId: actor.userId });
  });
  return true;
}

/** A token for an account; its role may not exceed the account's. The secret is returned once. */
export async function issueToken(db: Db, actor: Actor, input: { userId: string; name: string; role: Role }) {
  const name = input.name.trim().normalize("NFC");
  if (!name || name.length > 200) throw badInput("Tên mã truy cập gồm 1–200 ký tự (name)", "name");
  return db.transaction(async (tx) => {
    const owner = await getUser(tx, input.userId);
    if (!roleAtLeast(owner.role, input.role))
      throw badInput(`Mã truy cập không thể có quyền cao hơn tài khoản (${owner.role}) (role)`, "role");
    const made = await createToken(tx, { name, role: input.role, createdBy: actor.name, userId: owner.id });
    await recordAudit(tx, actor, {
      operation: "createApiToken",
      entity: "api_token",
      entityId: made.id,
      after: { name, role: input.role, userId: owner.id },
    });
    const [row] = (await listTokens(tx, owner.id)).filter((t) => t.id === made.id);
    return { token: row!, secret: made.token };
  });
}

/** Revoke a token: admins any, others their own. */
export async function withdrawToken(db: Db, actor: Actor, id: number, ownOnly: boolean) {
  return db.transaction(async (tx) => {
    const ok = await revokeToken(tx, id, ownOnly ? (actor.userId ?? "-") : undefined);
    if (!ok) throw notFound(`Mã truy cập ${id} (còn hiệu lực)`);
    await recordAudit(tx, actor, { operation: "revokeApiToken", entity: "api_token", entityId: id });
    const [row] = (await listTokens(tx)).filter((t) => t.id === id);
    return row!;
  });
}

const SETUP = "setup-admin";
const sha = (v: string) => createHash("sha256").update(v).digest("hex");

/** True while no person (not a service account) holds the admin role. */
export async function needsFirstAdmin(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.isService, false)));
  return (row?.n ?? 0) === 0;
}

/**
 * A one-time code to create the first admin from the dashboard, valid 24 h;
 * only its hash is stored, and a new one replaces the last. Null when an admin exists.
 */
export async function createSetupCode(db: Db): Promise<string | null> {
  if (!(await needsFirstAdmin(db))) return null;
  const code = randomBytes(24).toString("base64url");
  await db.transaction(async (tx) => {
    await tx.delete(verifications).where(eq(verifications.identifier, SETUP));
    await tx.insert(verifications).values({
      id: randomUUID(),
      identifier: SETUP,
      value: sha(code),
      expiresAt: new Date(Date.now() + 24 * 3600 * 1000),
    });
  });
  return code;
}

/** Create the first admin with a set-up code; the code is spent. */
export async function completeSetup(db: Db, actor: Actor, code: string, input: PersonInput): Promise<UserRow> {
  const [row] = await db
    .select({ id: verifications.id })
    .from(verifications)
    .where(
      and(
        eq(verifications.identifier, SETUP),
        eq(verifications.value, sha(code)),
        sql`${verifications.expiresAt} > now()`,
      ),
    );
  if (!row || !(await needsFirstAdmin(db)))
    throw badInput("Mã thiết lập không đúng, đã dùng hoặc đã hết hạn (SETUP_CODE)", "code");
  const user = await createPerson(
    db,
    { ...actor, name: `thiết lập ban đầu (${input.username})` },
    { ...input, role: "admin" },
  );
  await db.delete(verifications).where(eq(verifications.identifier, SETUP));
  return user;
}

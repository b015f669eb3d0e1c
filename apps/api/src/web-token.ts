import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { createServiceToken, type Db, type Role, verifyToken } from "@cchc/db";

/**
 * Keep a live token of `role` in `file` (mode 600), replacing it when missing
 * or revoked. Used by `npm start` so that the person running the service gets
 * a viewer token (a service account's) for GraphiQL and curl
 *   (like Jupyter's start-up token), since reads need one and the token CLI
 *   cannot open the embedded database while the server holds it.
 */
export async function ensureTokenFile(db: Db, file: string, role: Role, name: string): Promise<string> {
  const existing = (await readFile(file, "utf8").catch(() => "")).trim();
  if (existing && (await verifyToken(db, existing))?.role === role) return existing;
  const { token } = await createServiceToken(db, { name, role, createdBy: "npm start" });
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return token;
}

import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { createToken, type Db, verifyToken } from "@cchc/db";

/**
 * The dashboard's server acts for the Office (imports) with an editor token.
 * Kept in a file only the service's user can read; replaced when missing or
 * revoked. The browser never sees it: only the web server sends it.
 */
export async function ensureWebToken(db: Db, file: string): Promise<void> {
  const existing = (await readFile(file, "utf8").catch(() => "")).trim();
  if (existing && (await verifyToken(db, existing))?.role === "editor") return;
  const { token } = await createToken(db, { name: "Trang quản trị (máy chủ web)", role: "editor", createdBy: "npm start" });
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
}

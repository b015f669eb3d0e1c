import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * The secret that signs session cookies: AUTH_SECRET when given, otherwise the
 * file's content, created once with 48 random bytes (mode 600) so sessions
 * survive restarts without anyone having to invent a secret.
 */
export async function authSecret(given: string | undefined, file: string): Promise<string> {
  if (given) return given;
  const existing = (await readFile(file, "utf8").catch(() => "")).trim();
  if (existing.length >= 32) return existing;
  const secret = randomBytes(48).toString("base64url");
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return secret;
}

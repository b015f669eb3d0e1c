import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is open in process ${pid} (probably \`npm start\`). ` +
        "PGlite allows one process per data directory: stop that process first, " +
        "or run this command against a PostgreSQL server by setting DATABASE_URL.",
    );
    this.name = "DataDirInUseError";
  }
}

/**
 * Create a directory only its owner can enter (mode 700; missing parents too),
 * or tighten an existing one to 700: the database files, tokens and uploads
 * under it are nobody else's business on a shared machine.
 */
export function privateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  chmodSync(path, 0o700);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite corrupts a data directory opened by two processes at once, and does
 * not guard against it itself. A lock file next to the directory records the
 * owner's pid; a stale lock (owner gone) is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const dir = resolve(dataDir);
  const lockPath = join(dirname(dir), `.${dir.split("/").pop()}.lock`);
  // A missing parent (./.data) is created private; an existing one is left as its owner set it.
  mkdirSync(dirname(lockPath), { recursive: true, mode: 0o700 });
  if (existsSync(lockPath)) {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
    if (Number.isFinite(pid) && pid !== process.pid && isAlive(pid)) throw new DataDirInUseError(dataDir, pid);
  }
  writeFileSync(lockPath, String(process.pid));
  const release = () => {
    try {
      if (readFileSync(lockPath, "utf8") === String(process.pid)) rmSync(lockPath);
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}

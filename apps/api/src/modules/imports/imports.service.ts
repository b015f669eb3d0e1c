import { type Actor, type Db, desc, eq, tables as t } from "@cchc/db";
import { ImportRejected, type ImportKind as Kind, runImport, UndoError, undoImport } from "@cchc/import";
import { GraphQLError } from "graphql";
import { badInput, ErrorCode, isSerialId, notFound } from "../../errors";
import type { Uploads } from "../../uploads";

export interface ImportArgs {
  upload: string;
  /** The importer's word (GraphQL's ImportKind arrives mapped); none: detected from the file. */
  kind?: Kind | null;
  source?: string | null;
}

/** The caller's own upload: someone else's is not found, exactly like an unknown id. */
async function uploaded(uploads: Uploads, id: string, actor: Actor) {
  const file = actor.userId ? await uploads.get(id, actor.userId) : null;
  if (!file) throw notFound(`upload ${id}`);
  return file;
}

function kindOf(kind: Kind | null | undefined): Kind | undefined {
  if (kind === "papi")
    throw badInput("the PAPI panel is a directory of files: import it with the CLI (npm run import)", "kind");
  return kind ?? undefined;
}

export async function importFile(db: Db, uploads: Uploads, args: ImportArgs, actor: Actor, dryRun: boolean) {
  const file = await uploaded(uploads, args.upload, actor);
  const kind = kindOf(args.kind);
  try {
    const report = await runImport(db, file.path, {
      by: actor,
      dryRun,
      fileName: file.fileName,
      ...(kind ? { kind } : {}),
      ...(args.source ? { source: args.source } : {}),
    });
    // Committed: the file has served its purpose and is not kept.
    if (!dryRun) await uploads.remove(args.upload, actor.userId!);
    return report;
  } catch (error) {
    if (!(error instanceof ImportRejected)) throw error;
    // The report is the useful part of the error: the client shows every rejected row.
    throw new GraphQLError(error.message, { extensions: { code: ErrorCode.BAD_USER_INPUT, report: error.report } });
  }
}

export async function undo(db: Db, batchId: string, actor: Actor) {
  const id = Number(batchId);
  if (!isSerialId(id)) throw badInput(`batch must be a batch id, got "${batchId}"`, "batch");
  try {
    const result = await undoImport(db, id, actor);
    return { ...result, batch: (await findBatch(db, id))! };
  } catch (error) {
    if (error instanceof UndoError) throw badInput(error.message, "batch");
    throw error;
  }
}

export async function findBatch(db: Db, id: number) {
  const [batch] = await db.select().from(t.importBatches).where(eq(t.importBatches.id, id));
  return batch ?? null;
}

export const listBatches = (db: Db, first: number) => {
  if (first < 1 || first > 500) throw badInput(`first must be between 1 and 500, got ${first}`, "first");
  return db.select().from(t.importBatches).orderBy(desc(t.importBatches.id)).limit(first);
};

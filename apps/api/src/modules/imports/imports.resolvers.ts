import { requiring } from "../../auth";
import type { MutationResolvers, Resolvers } from "../../generated/resolvers-types";
import { findBatch, importFile, listBatches, undo } from "./imports.service";

export const importsResolvers: Resolvers = {
  Query: {
    importBatches: (_, { first }, { db }) => listBatches(db, first ?? 50),
  },
  Mutation: requiring<MutationResolvers>("editor", {
    previewImport: (_, args, { db, uploads, actor }) => importFile(db, uploads, args, actor, true),
    commitImport: (_, args, { db, uploads, actor }) => importFile(db, uploads, args, actor, false),
    undoImport: (_, { batch }, { db, actor }) => undo(db, batch, actor),
  }),
  ImportReport: {
    changes: (r) =>
      r.changes.map((c) => ({ ...c, from: JSON.stringify(c.from ?? null), to: JSON.stringify(c.to ?? null) })),
    batch: (r, _, { db }) => (r.batchId ? findBatch(db, r.batchId) : null),
    units: (r) => r.units ?? [],
  },
  ImportUnitMatch: {
    province: async (u, _, { loaders }) => (await loaders.province.load(u.code))!,
  },
  ImportBatch: {
    id: (b) => String(b.id),
    createdAt: (b) => b.createdAt.toISOString(),
    undoneAt: (b) => b.undoneAt?.toISOString() ?? null,
  },
};

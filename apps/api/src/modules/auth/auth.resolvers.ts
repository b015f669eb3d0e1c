import { listTokens } from "@cchc/db";
import { requireRole, requiring } from "../../auth";
import { badInput } from "../../errors";
import type { MutationResolvers, QueryResolvers, Resolvers } from "../../generated/resolvers-types";
import {
  changeOwnPassword,
  createPerson,
  issueToken,
  listUsers,
  resetPassword,
  setDisabled,
  setRole,
  withdrawToken,
} from "./users.service";

const tokenId = (id: string) => {
  if (!/^\d{1,9}$/.test(id)) throw badInput(`Mã số không hợp lệ: “${id.slice(0, 20)}” (id)`, "id");
  return Number(id);
};

export const authResolvers: Resolvers = {
  Query: {
    viewer: (_p, _a, { viewer }) =>
      viewer.kind === "anonymous"
        ? null
        : { id: viewer.userId, name: viewer.name, role: viewer.role, tokenName: viewer.token?.name ?? null },
    ...requiring<QueryResolvers>("admin", {
      accounts: async (_p, _a, { db }) => {
        // Every account's tokens in one statement, not one per account.
        const [users, tokens] = await Promise.all([listUsers(db), listTokens(db)]);
        return users.map((u) => ({ ...u, tokenRows: tokens.filter((t) => t.userId === u.id) }));
      },
    }),
    myApiTokens: (_p, _a, { db, viewer }) => {
      requireRole(viewer, "viewer");
      return listTokens(db, viewer.userId);
    },
  },
  Mutation: {
    ...requiring<MutationResolvers>("admin", {
      createAccount: (_p, { input }, { db, actor }) => createPerson(db, actor, input),
      setAccountRole: (_p, { id, role }, { db, actor }) => setRole(db, actor, id, role),
      setAccountDisabled: (_p, { id, disabled }, { db, actor }) => setDisabled(db, actor, id, disabled),
      resetAccountPassword: (_p, { id, password }, { db, actor }) => resetPassword(db, actor, id, password),
    }),
    // These read the signed-in viewer after the check (requireRole narrows it).
    changePassword: (_p, { current, next }, { db, viewer, actor }) => {
      requireRole(viewer, "viewer");
      if (viewer.token) throw badInput("Đổi mật khẩu cần phiên đăng nhập, không dùng mã truy cập (token)");
      return changeOwnPassword(db, actor, current, next);
    },
    createApiToken: (_p, { accountId, name, role }, { db, viewer, actor }) => {
      requireRole(viewer, "viewer");
      if (accountId && accountId !== viewer.userId) requireRole(viewer, "admin");
      return issueToken(db, actor, { userId: accountId ?? viewer.userId, name, role });
    },
    revokeApiToken: (_p, { id }, { db, viewer, actor }) => {
      requireRole(viewer, "viewer");
      return withdrawToken(db, actor, tokenId(id), viewer.role !== "admin");
    },
  },
  Account: {
    disabled: (u) => u.banned === true,
    createdAt: (u) => u.createdAt.toISOString(),
    tokens: (u, _a, { db }) => u.tokenRows ?? listTokens(db, u.id),
  },
  ApiToken: {
    id: (t) => String(t.id),
    createdAt: (t) => t.createdAt.toISOString(),
    revokedAt: (t) => t.revokedAt?.toISOString() ?? null,
  },
};

/**
 * npm run token -- create --role editor --name "Văn phòng Sở"
 * npm run token -- list
 * npm run token -- revoke <id>
 */
import { parseArgs } from "node:util";
import { openCliDb } from "./cli-db";
import { recordAudit } from "./audit";
import { createToken, listTokens, ROLES, type Role, revokeToken, serviceAccount } from "./tokens";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { role: { type: "string" }, name: { type: "string" } },
});
const [command, arg] = positionals;
const usage = () => {
  console.error('usage: npm run token -- create --role viewer|analyst|editor|admin --name "…" | list | revoke <id>');
  process.exit(2);
};
if (command === "create" && (!values.name || !ROLES.includes(values.role as Role))) usage();
if (command === "revoke" && !/^\d+$/.test(arg ?? "")) usage();
if (!["create", "list", "revoke"].includes(command ?? "")) usage();

const handle = await openCliDb();
try {
  if (command === "create") {
    const by = `${process.env.USER || "cli"} (npm run token)`;
    const { id, token } = await handle.db.transaction(async (tx) => {
      // A script's token acts for a service account of the same name.
      const userId = await serviceAccount(tx, values.name!, values.role as Role);
      const made = await createToken(tx, { name: values.name!, role: values.role as Role, createdBy: by, userId });
      await recordAudit(
        tx,
        { name: by },
        {
          operation: "createToken",
          entity: "api_token",
          entityId: made.id,
          after: { name: values.name, role: values.role, userId },
        },
      );
      return made;
    });
    console.log(
      `token ${id} (${values.role}) for "${values.name}":\n${token}\nShown once: store it now. Send it as "Authorization: Bearer <token>".`,
    );
  } else if (command === "list") {
    for (const t of await listTokens(handle.db))
      console.log(
        `${t.id}\t${t.role}\t${t.prefix}…\t${t.name}\t${t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : "active"}`,
      );
  } else {
    const by = `${process.env.USER || "cli"} (npm run token)`;
    const ok = await handle.db.transaction(async (tx) => {
      const done = await revokeToken(tx, Number(arg));
      if (done) await recordAudit(tx, { name: by }, { operation: "revokeToken", entity: "api_token", entityId: arg });
      return done;
    });
    console.log(ok ? `token ${arg} revoked` : `no active token ${arg}`);
    if (!ok) process.exitCode = 1;
  }
} finally {
  await handle.close();
}

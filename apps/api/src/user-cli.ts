/**
 * npm run user -- create --role admin --username quantri --name "Nguyễn Văn A" [--password …]
 * npm run user -- list
 * Without --password a random one is made and shown once. Recorded in the audit trail.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { openCliDb, ROLES, type Role } from "@cchc/db";
import { GraphQLError } from "graphql";
import { createPerson, listUsers } from "./modules/auth/users.service";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: "string" },
    username: { type: "string" },
    name: { type: "string" },
    password: { type: "string" },
  },
});
const usage = () => {
  console.error(
    'usage: npm run user -- create --role viewer|analyst|editor|admin --username <tên> --name "<họ tên>" [--password …] | list',
  );
  process.exit(2);
};
const [command] = positionals;
if (command === "create" && (!values.username || !values.name || !ROLES.includes(values.role as Role))) usage();
if (!["create", "list"].includes(command ?? "")) usage();

const handle = await openCliDb();
try {
  if (command === "create") {
    const password = values.password ?? randomBytes(12).toString("base64url");
    const by = `${process.env.USER || "cli"} (npm run user)`;
    const user = await createPerson(
      handle.db,
      { name: by },
      { username: values.username!, name: values.name!, password, role: values.role as Role },
    );
    console.log(`account ${user.username} (${user.role}) created for "${user.name}".`);
    if (!values.password) console.log(`password (shown once): ${password}`);
  } else {
    for (const u of await listUsers(handle.db))
      console.log(
        `${u.username ?? "-"}\t${u.role}\t${u.isService ? "service" : "person"}\t${u.banned ? "disabled" : "active"}\t${u.name}`,
      );
  }
} catch (error) {
  if (error instanceof GraphQLError) {
    console.error(error.message);
    process.exitCode = 2;
  } else throw error;
} finally {
  await handle.close();
}

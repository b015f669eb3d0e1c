import { createServiceToken, gt, tables as t } from "@cchc/db";
import type { TestDriver } from "@cchc/db/testing";
import { afterAll, beforeAll, expect } from "vitest";
import { type Started, startApi } from "./helpers";

export type AuditEvent = typeof t.auditEvents.$inferSelect;
// biome-ignore lint/suspicious/noExplicitAny: response shapes differ per operation; each test reads its own fields
type Data = Record<string, any>;

/**
 * An API on `driver` and an editor's token, for tests that a write leaves exactly one audit event
 * naming the token's account, the request and the values before and after. Registers its own
 * beforeAll/afterAll; call it at the top of a describe block.
 */
export function auditedEditor(driver: TestDriver) {
  let api: Started;
  let editor: { id: number; token: string; userId: string };
  let seen = 0;
  let request = 0;

  async function lastId() {
    const rows = await api.handle.db.select({ id: t.auditEvents.id }).from(t.auditEvents);
    return Math.max(0, ...rows.map((r) => r.id));
  }

  beforeAll(async () => {
    api = await startApi(driver);
    const made = await createServiceToken(api.handle.db, { name: "Văn phòng Sở", role: "editor", createdBy: "test" });
    const owner = (await api.handle.db.select().from(t.apiTokens)).find((r) => r.id === made.id)?.userId;
    editor = { ...made, userId: owner! };
    seen = await lastId();
  });
  afterAll(() => api?.close());

  /** The events written since the last call (or since markSeen). */
  async function newEvents(): Promise<AuditEvent[]> {
    const rows = await api.handle.db.select().from(t.auditEvents).where(gt(t.auditEvents.id, seen));
    seen = Math.max(seen, ...rows.map((r) => r.id));
    return rows.sort((a, b) => a.id - b.id);
  }

  return {
    api: () => api,
    newEvents,
    /** Forget the events so far: what follows counts from here. */
    markSeen: async () => {
      seen = await lastId();
    },
    /** The one event a write left, with the actor and request every event must carry. */
    async oneEvent(requestId: string) {
      const events = await newEvents();
      expect(events).toHaveLength(1);
      const [e] = events;
      expect(e).toMatchObject({
        actorName: `Văn phòng Sở (token ${editor.id})`,
        actorUserId: editor.userId,
        actorTokenId: editor.id,
        requestId,
        clientAddress: expect.stringMatching(/127\.0\.0\.1|::1/),
      });
      return e!;
    },
    /** A GraphQL call as the editor, under a request id of its own; it must not fail. */
    async gql<T = Data>(query: string, variables: Record<string, unknown> = {}) {
      const requestId = `audit-test-${++request}`;
      const res = await fetch(api.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${editor.token}`,
          "x-request-id": requestId,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      return { data: body.data!, requestId };
    },
    /** Uploads a file as the editor; returns the upload's id. */
    async upload(name: string, body: string) {
      const up = await fetch(`${api.url.replace(/\/graphql$/, "")}/uploads?name=${name}`, {
        method: "POST",
        headers: { authorization: `Bearer ${editor.token}` },
        body,
      });
      return ((await up.json()) as { id: string }).id;
    },
  };
}

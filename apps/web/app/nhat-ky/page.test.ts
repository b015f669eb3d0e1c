import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

const calls: { variables: Record<string, unknown> }[] = [];
let answer: () => unknown = () => ({});

vi.mock("../../lib/graphql/client", async () =>
  (await import("../../lib/graphql/mock-client")).mockClient(async (_doc, variables: Record<string, unknown>) => {
    calls.push({ variables });
    return answer();
  }),
);
vi.mock("next/link", async () => {
  const { createElement } = await import("react");
  return {
    default: ({ href, children }: { href: string; children: ReactNode }) => createElement("a", { href }, children),
  };
});
vi.mock("next/form", async () => {
  const { createElement } = await import("react");
  return { default: (p: Record<string, unknown>) => createElement("form", { action: p.action }, p.children as never) };
});

const { default: AuditLogPage } = await import("./page");
const { GraphQLRequestError } = await import("../../lib/graphql/client");

const render = async (q: Record<string, string>) =>
  renderToStaticMarkup(await AuditLogPage({ searchParams: Promise.resolve(q) }));

describe("/nhat-ky", () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it("lists events with the filters from the URL, a CSV link and paging", async () => {
    answer = () => ({
      auditEvents: {
        events: [
          {
            id: "12",
            at: "2024-03-01T18:00:00.000Z",
            actorName: "Văn phòng Sở (token 3)",
            actorUserId: "svc-1",
            actorTokenId: 3,
            operation: "updatePlan",
            entity: "plan",
            entityId: "1",
            before: '{"audience":"x"}',
            after: '{"audience":"y"}',
            requestId: "req-9",
            clientAddress: "10.0.0.5",
          },
        ],
        hasNextPage: true,
        endCursor: "12",
      },
    });
    const html = await render({ entity: "plan", actor: "Văn", from: "2024-03-01", to: "sai" });
    expect(calls[0]!.variables).toEqual({
      filter: { entity: "plan", actor: "Văn", from: "2024-03-01" },
      first: 50,
      after: null,
    });
    expect(html).toContain("Nhật ký thay đổi");
    expect(html).toContain("02/03/2024 01:00:00");
    expect(html).toContain("Sửa kế hoạch");
    expect(html).toContain("audience: x → y");
    expect(html).toContain('href="/ke-hoach/1"');
    expect(html).toContain("Tải CSV");
    expect(html).toContain('href="/nhat-ky/csv?entity=plan&amp;actor=V%C4%83n&amp;from=2024-03-01&amp;to=sai"');
    expect(html).toContain("after=12");
  });

  it("tells a non-admin who may read it", async () => {
    answer = () => {
      throw new GraphQLRequestError("FORBIDDEN", [{ message: "x", extensions: { code: "FORBIDDEN" } }]);
    };
    expect(await render({})).toContain("Chỉ quản trị viên");
  });
});

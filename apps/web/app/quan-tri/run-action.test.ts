import { beforeEach, describe, expect, it, vi } from "vitest";

const mocks = vi.hoisted(() => {
  class NotAllowed extends Error {}
  return { NotAllowed, requireAction: vi.fn(), revalidatePath: vi.fn() };
});
vi.mock("../../lib/session", () => ({ NotAllowed: mocks.NotAllowed, requireAction: mocks.requireAction }));
vi.mock("next/cache", () => ({ revalidatePath: mocks.revalidatePath }));

const { GraphQLRequestError } = await import("../../lib/graphql/client");
const { runAction } = await import("./run-action");
const { newAccount } = await import("./schemas");

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const good = { username: "bientap", name: "Lê Văn Biên", password: "0123456789", role: "editor" };
const admin = { id: "u1", name: "Quản trị", role: "admin" };

describe("runAction", () => {
  beforeEach(() => {
    vi.clearAllMocks();
    mocks.requireAction.mockResolvedValue(admin);
  });

  it("checks the session and role before anything else", async () => {
    mocks.requireAction.mockRejectedValue(new mocks.NotAllowed("Cần quyền admin (FORBIDDEN)."));
    const call = vi.fn();
    const state = await runAction({ role: "admin", schema: newAccount, form: form(good), paths: ["/quan-tri"] }, call);
    expect(mocks.requireAction).toHaveBeenCalledWith("admin");
    expect(state).toEqual({ status: "error", message: "Cần quyền admin (FORBIDDEN)." });
    expect(call).not.toHaveBeenCalled();
    expect(mocks.revalidatePath).not.toHaveBeenCalled();
  });

  it("answers a bad form per field, keeps what may be kept (never the password), calls nothing", async () => {
    const call = vi.fn();
    const state = await runAction(
      {
        role: "admin",
        schema: newAccount,
        form: form({ ...good, password: "ngắn" }),
        paths: ["/quan-tri"],
        keep: ["username", "name", "role"],
      },
      call,
    );
    expect(state).toEqual({
      status: "error",
      message: "Chưa lưu được: Mật khẩu ban đầu: cần ít nhất 10 ký tự.",
      fields: { password: "Mật khẩu ban đầu: cần ít nhất 10 ký tự." },
      values: { username: "bientap", name: "Lê Văn Biên", role: "editor" },
    });
    expect(call).not.toHaveBeenCalled();
  });

  it("passes the parsed input and the person on, then revalidates", async () => {
    const call = vi.fn().mockResolvedValue("Đã tạo.");
    const state = await runAction({ role: "admin", schema: newAccount, form: form(good), paths: ["/quan-tri"] }, call);
    expect(call).toHaveBeenCalledWith(good, admin);
    expect(state).toEqual({ status: "ok", message: "Đã tạo." });
    expect(mocks.revalidatePath).toHaveBeenCalledWith("/quan-tri");
  });

  it("shows the API's message, tied to the field it names", async () => {
    const message = "Tên đăng nhập “bientap” đã có (username)";
    const call = vi
      .fn()
      .mockRejectedValue(
        new GraphQLRequestError(message, [{ message, extensions: { code: "BAD_USER_INPUT", field: "username" } }]),
      );
    const state = await runAction({ role: "admin", schema: newAccount, form: form(good), paths: ["/quan-tri"] }, call);
    expect(state).toMatchObject({ status: "error", message, fields: { username: message } });
    expect(mocks.revalidatePath).not.toHaveBeenCalled();
  });

  it("says so when the API cannot be reached", async () => {
    const call = vi.fn().mockRejectedValue(new TypeError("fetch failed"));
    const state = await runAction({ role: "admin", schema: newAccount, form: form(good), paths: [] }, call);
    expect(state).toMatchObject({ status: "error", message: expect.stringMatching(/^Không kết nối được/) });
  });
});

import { describe, expect, it } from "vitest";
import { newAccount, newToken, ownToken, passwordChange, passwordReset, revoke, roleChange } from "./schemas";

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("account form schemas", () => {
  it("takes a new account: username lower-cased, name trimmed to NFC, password of 10+", () => {
    const r = newAccount.safeParse({
      username: " Nguyen.Van.A ",
      name: " Nguye\u0302\u0303n Văn A ",
      password: "0123456789",
      role: "editor",
    });
    expect(r.success).toBe(true);
    expect(r.data).toEqual({ username: "nguyen.van.a", name: "Nguyễn Văn A", password: "0123456789", role: "editor" });
  });

  it("names each bad field in Vietnamese", () => {
    const r = newAccount.safeParse({ username: "Nguyễn", name: "  ", password: "ngắn", role: "root" });
    expect(messages(r)).toEqual({
      username: expect.stringMatching(/^Tên đăng nhập: 3–64 ký tự/),
      name: "Họ và tên: cần nhập.",
      password: "Mật khẩu ban đầu: cần ít nhất 10 ký tự.",
      role: "Vai trò: hãy chọn một vai trò.",
    });
    expect(messages(newAccount.safeParse({}))).toMatchObject({ username: "Tên đăng nhập: cần nhập." });
  });

  it("checks ids, roles and the repeated password", () => {
    expect(roleChange.safeParse({ id: "svc-1f0c", role: "analyst" }).success).toBe(true);
    expect(messages(roleChange.safeParse({ id: "a b", role: "ADMIN" }))).toEqual({
      id: "Tài khoản không hợp lệ (id).",
      role: "Vai trò: hãy chọn một vai trò.",
    });
    expect(revoke.safeParse({ id: "12" }).success).toBe(true);
    expect(revoke.safeParse({ id: "1; drop" }).success).toBe(false);
    expect(messages(passwordReset.safeParse({ id: "u1", password: "0123456789", repeat: "0123456780" }))).toEqual({
      repeat: "Nhập lại mật khẩu: không khớp với mật khẩu mới.",
    });
    expect(messages(newToken.safeParse({ accountId: "u1", name: "", role: "viewer" }))).toEqual({
      name: "Tên mã truy cập: cần nhập.",
    });
  });

  it("changes one's password only with a matching, different new one", () => {
    expect(
      passwordChange.safeParse({ current: "cũ-0123456", next: "mới-0123456", repeat: "mới-0123456" }).success,
    ).toBe(true);
    expect(messages(passwordChange.safeParse({ current: "x", next: "mới-0123456", repeat: "khác-012345" }))).toEqual({
      repeat: "Nhập lại mật khẩu mới: không khớp với mật khẩu mới.",
    });
    expect(messages(passwordChange.safeParse({ current: "", next: "ngắn", repeat: "ngắn" }))).toEqual({
      current: "Mật khẩu hiện tại: cần nhập.",
      next: "Mật khẩu mới: cần ít nhất 10 ký tự.",
    });
    expect(
      messages(passwordChange.safeParse({ current: "0123456789", next: "0123456789", repeat: "0123456789" })),
    ).toEqual({ next: "Mật khẩu mới: cần khác mật khẩu hiện tại." });
  });

  it("gives one's own token no role above one's own", () => {
    const analyst = ownToken({ role: "analyst" });
    expect(analyst.safeParse({ name: "Bảng tính", role: "analyst" }).success).toBe(true);
    expect(messages(analyst.safeParse({ name: "Bảng tính", role: "editor" }))).toEqual({
      role: "Quyền của mã: không thể cao hơn vai trò của bạn (Phân tích).",
    });
  });
});

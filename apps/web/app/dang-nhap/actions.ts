"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { safeNext, signInWithPassword, signOutHere } from "../../lib/auth-api";

/** After a refusal the form shows the message and keeps the username (React resets a form after its action). */
export type SignInState = { message?: string; username?: string };

const form = z.object({
  username: z.string().trim().min(1, "Nhập tên đăng nhập.").max(64, "Tên đăng nhập quá dài."),
  password: z.string().min(1, "Nhập mật khẩu.").max(256, "Mật khẩu quá dài."),
  next: z.string().optional(),
});

/** Sign in with username and password; on success go where the person was heading. */
export async function signInAction(_state: SignInState, data: FormData): Promise<SignInState> {
  const parsed = form.safeParse(Object.fromEntries(data));
  const username = String(data.get("username") ?? "").slice(0, 64);
  if (!parsed.success) return { message: parsed.error.issues.map((i) => i.message).join(" "), username };
  const answer = await signInWithPassword(parsed.data.username, parsed.data.password);
  if (!answer.ok) return { message: answer.message, username };
  redirect(safeNext(parsed.data.next));
}

/** Sign out: the API ends the session, the cookie is cleared here. */
export async function signOutAction(): Promise<void> {
  await signOutHere();
  redirect("/dang-nhap");
}

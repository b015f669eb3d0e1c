"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { safeNext, signInWithPassword, signOutHere } from "../../lib/auth-api";

export type SignInState = { message?: string };

const form = z.object({
  username: z.string().trim().min(1, "Nhập tên đăng nhập.").max(64, "Tên đăng nhập quá dài."),
  password: z.string().min(1, "Nhập mật khẩu.").max(256, "Mật khẩu quá dài."),
  next: z.string().optional(),
});

/** Sign in with username and password; on success go where the person was heading. */
export async function signInAction(_state: SignInState, data: FormData): Promise<SignInState> {
  const parsed = form.safeParse(Object.fromEntries(data));
  if (!parsed.success) return { message: parsed.error.issues.map((i) => i.message).join(" ") };
  const answer = await signInWithPassword(parsed.data.username, parsed.data.password);
  if (!answer.ok) return { message: answer.message };
  redirect(safeNext(parsed.data.next));
}

/** Sign out: the API ends the session, the cookie is cleared here. */
export async function signOutAction(): Promise<void> {
  await signOutHere();
  redirect("/dang-nhap");
}

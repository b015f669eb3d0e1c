"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { completeFirstSetup } from "../../lib/auth-api";

export type SetupState = { message?: string };

const form = z
  .object({
    code: z.string().min(10, "Thiếu mã thiết lập trong đường dẫn."),
    username: z.string().trim().min(3, "Tên đăng nhập ít nhất 3 ký tự.").max(64),
    name: z.string().trim().min(1, "Nhập họ tên.").max(200),
    password: z.string().min(10, "Mật khẩu ít nhất 10 ký tự.").max(128),
    repeat: z.string(),
  })
  .refine((v) => v.password === v.repeat, { message: "Hai lần nhập mật khẩu không khớp." });

/** Create the first admin with the one-time code printed by `npm start`, then sign them in. */
export async function setupAction(_state: SetupState, data: FormData): Promise<SetupState> {
  const parsed = form.safeParse(Object.fromEntries(data));
  if (!parsed.success) return { message: parsed.error.issues.map((i) => i.message).join(" ") };
  const { repeat: _r, ...input } = parsed.data;
  const answer = await completeFirstSetup(input);
  if (!answer.ok) return { message: answer.message };
  redirect("/quan-tri");
}

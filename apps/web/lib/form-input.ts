import { z } from "zod";

/** Fields server actions read from forms, checked the same way everywhere. */
export const formId = z.string().regex(/^\d{1,9}$/, "mã số không hợp lệ");
export const formYear = z.coerce.number().int().min(1990).max(2100);

/**
 * What an account form's server action answers, shared by /quan-tri and
 * /tai-khoan: a message to show (success, or the API's / the check's own
 * words), the field each problem belongs to, and — once, right after a token
 * is made — its secret.
 */
export type FormState =
  | { status: "idle" }
  | { status: "ok"; message: string; secret?: { name: string; value: string } }
  | {
      status: "error";
      message: string;
      /** First problem per field name, shown beside that input. */
      fields?: Record<string, string>;
      /** What was typed in fields worth keeping (never passwords), so an error does not wipe the form. */
      values?: Record<string, string>;
    };

export const IDLE: FormState = { status: "idle" };

export type FormAction = (state: FormState, form: FormData) => Promise<FormState>;

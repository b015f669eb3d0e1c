"use client";

import { type ReactNode, useActionState, useId } from "react";
import { useHydrated } from "../../lib/use-hydrated";
import styles from "./admin.module.css";
import { type FormAction, type FormState, IDLE } from "./form-state";

/** An account form's action state, pending flag and id (for its fields' ids), as every such form holds them. */
export function useAccountForm(action: FormAction) {
  const [state, run, pending] = useActionState<FormState, FormData>(action, IDLE);
  return { state, run, pending, id: useId() };
}

/**
 * The <form> of the account pages (/quan-tri, /tai-khoan): fields stacked, named for assistive technology,
 * marked once hydrated (the e2e suite types only after).
 */
export function AccountForm({
  run,
  label,
  testId,
  children,
}: {
  run: (form: FormData) => void;
  label: string;
  testId: string;
  children: ReactNode;
}) {
  const hydrated = useHydrated() || undefined;
  return (
    <form action={run} className={styles.stack} aria-label={label} data-testid={testId} data-hydrated={hydrated}>
      {children}
    </form>
  );
}

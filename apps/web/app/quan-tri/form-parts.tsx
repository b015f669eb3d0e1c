import type { ReactNode } from "react";
import styles from "./admin.module.css";
import type { FormState } from "./form-state";

/** The id of a field's error text, so its input can point at it (aria-describedby). */
const errorId = (form: string, name: string) => `${form}-${name}-fel`;
const hintId = (form: string, name: string) => `${form}-${name}-hint`;
const inputId = (form: string, name: string) => `${form}-${name}`;

interface FieldProps {
  /** The form's unique id (useId), to make the field's ids unique on a page of many forms. */
  form: string;
  label: string;
  name: string;
  state: FormState;
  hint?: string;
}

function describedBy(form: string, name: string, state: FormState, hint?: string) {
  const ids = [hint ? hintId(form, name) : "", fieldError(state, name) ? errorId(form, name) : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

const fieldError = (state: FormState, name: string) => (state.status === "error" ? state.fields?.[name] : undefined);

function Notes({ form, name, state, hint }: Omit<FieldProps, "label">) {
  const error = fieldError(state, name);
  return (
    <>
      {hint && (
        <span className={styles.hint} id={hintId(form, name)}>
          {hint}
        </span>
      )}
      {error && (
        <span className={styles.fieldError} id={errorId(form, name)}>
          {error}
        </span>
      )}
    </>
  );
}

/**
 * A labelled input; its hint and its error sit outside the <label> (so the
 * accessible name is the label alone) and are tied to it by aria-describedby.
 */
export function TextField({
  form,
  label,
  name,
  state,
  hint,
  type = "text",
  autoComplete,
  minLength,
  maxLength,
  defaultValue,
}: FieldProps & {
  type?: "text" | "password";
  autoComplete?: string;
  minLength?: number;
  maxLength?: number;
  defaultValue?: string;
}) {
  const kept = state.status === "error" ? state.values?.[name] : undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={inputId(form, name)}>{label}</label>
      <input
        id={inputId(form, name)}
        name={name}
        type={type}
        required
        autoComplete={autoComplete}
        autoCapitalize={type === "password" || name === "username" ? "none" : undefined}
        spellCheck={type === "password" || name === "username" ? false : undefined}
        minLength={minLength}
        maxLength={maxLength}
        defaultValue={kept ?? defaultValue}
        aria-invalid={fieldError(state, name) ? true : undefined}
        aria-describedby={describedBy(form, name, state, hint)}
      />
      <Notes form={form} name={name} state={state} hint={hint} />
    </div>
  );
}

/** A new password and its repeat ("repeat"), as every form that sets one asks for them (10–128 characters). */
export function NewPasswordFields({ form, state, name, hint }: Omit<FieldProps, "label"> & { hint: string }) {
  return (
    <>
      <TextField
        form={form}
        state={state}
        label="Mật khẩu mới"
        name={name}
        type="password"
        autoComplete="new-password"
        minLength={10}
        maxLength={128}
        hint={hint}
      />
      <TextField
        form={form}
        state={state}
        label="Nhập lại mật khẩu mới"
        name="repeat"
        type="password"
        autoComplete="new-password"
        minLength={10}
        maxLength={128}
      />
    </>
  );
}

/** A labelled select (roles), keeping the chosen value after an error. */
export function ChoiceField({
  form,
  label,
  name,
  state,
  hint,
  options,
  defaultValue,
}: FieldProps & { options: readonly { value: string; label: string }[]; defaultValue: string }) {
  const kept = state.status === "error" ? state.values?.[name] : undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={inputId(form, name)}>{label}</label>
      <select
        // A new default (the saved role after revalidation, or the value kept after an error) remounts the
        // select: React does not move an uncontrolled select to a changed defaultValue, and the form reset
        // after an action would otherwise put back the old choice.
        key={kept ?? defaultValue}
        id={inputId(form, name)}
        name={name}
        defaultValue={kept ?? defaultValue}
        aria-invalid={fieldError(state, name) ? true : undefined}
        aria-describedby={describedBy(form, name, state, hint)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Notes form={form} name={name} state={state} hint={hint} />
    </div>
  );
}

/**
 * The form's answer: success in a polite live region that is always there
 * (so it is read out when it fills), problems as an alert.
 */
export function FormMessage({ state }: { state: FormState }) {
  return (
    <>
      <p aria-live="polite" className={styles.ok}>
        {state.status === "ok" ? state.message : ""}
      </p>
      {state.status === "error" && (
        <p role="alert" className={styles.error}>
          {state.message}
        </p>
      )}
    </>
  );
}

/** A submit button that says it is working. */
export function Submit({
  pending,
  children,
  busy,
  secondary,
  label,
}: {
  pending: boolean;
  children: ReactNode;
  busy: string;
  secondary?: boolean;
  /** A fuller accessible name that starts with the visible text (e.g. which token). */
  label?: string;
}) {
  return (
    <button type="submit" disabled={pending} aria-label={label} className={secondary ? styles.secondary : undefined}>
      {pending ? busy : children}
    </button>
  );
}

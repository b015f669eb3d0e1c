/**
 * The end of a sign-in style form (/dang-nhap, /thiet-lap): the action's problem as an alert, and a submit
 * button that says it is working and cannot be pressed twice.
 */
export function AuthFormFooter({
  message,
  pending,
  busy,
  label,
}: {
  message: string | undefined;
  pending: boolean;
  busy: string;
  label: string;
}) {
  return (
    <>
      {message ? (
        <p role="alert" className="form-error">
          {message}
        </p>
      ) : null}
      <button type="submit" disabled={pending}>
        {pending ? busy : label}
      </button>
    </>
  );
}

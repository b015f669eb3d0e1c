/**
 * What the page could not use from its address (an unknown province, index
 * or topic; a year without data), said above the content instead of silently
 * showing something else.
 */
export function UrlNotice({ problems }: { problems: (string | null | false | undefined)[] }) {
  const shown = problems.filter((p): p is string => Boolean(p));
  if (shown.length === 0) return null;
  return (
    <p className="url-notice" role="status" data-testid="url-notice">
      {shown.join(" ")}
    </p>
  );
}

/** A filter's period, "from" and "to" as ISO dates (the names every list page and its CSV link read). */
export function DateRangeFields({ from, to }: { from: string | undefined; to: string | undefined }) {
  return (
    <>
      <label>
        Từ ngày
        <input type="date" name="from" defaultValue={from} />
      </label>
      <label>
        Đến ngày
        <input type="date" name="to" defaultValue={to} />
      </label>
    </>
  );
}

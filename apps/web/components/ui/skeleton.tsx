/** Placeholder while a page's data loads (route loading.tsx files use it). */
export function PageSkeleton({ title, cards = 0 }: { title: string; cards?: number }) {
  return (
    <main id="noi-dung" aria-busy="true">
      <h1>{title}</h1>
      {cards > 0 && (
        <section className="cards" aria-label="Đang tải">
          {Array.from({ length: cards }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <div key={i} className="skeleton" style={{ height: 150 }} />
          ))}
        </section>
      )}
      <div className="skeleton" style={{ height: 340, marginTop: "1rem" }} />
      <p className="note" role="status">
        Đang tải số liệu…
      </p>
    </main>
  );
}

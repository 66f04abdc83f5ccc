/** The page's shape while the story loads, so nothing jumps when it arrives. */
export function Skeleton() {
  return (
    <div className="app app--loading" aria-busy="true">
      <header className="app-header">
        <p className="app-brand">Live Atlas</p>
        <p className="skeleton-line skeleton-line--title" role="status">
          Loading the story…
        </p>
      </header>
      <main className="explorer">
        <div className="explorer-map skeleton-block" />
        <div className="explorer-timeline">
          {[0, 1, 2].map((i) => (
            <div key={i} className="skeleton-card" />
          ))}
        </div>
      </main>
    </div>
  );
}

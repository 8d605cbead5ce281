import { useDatasetModel } from '../state/datasetContext';

/** What the reader sees before choosing anything: how to use the explorer and what it draws on. */
export function Overview() {
  const { dataset } = useDatasetModel();
  return (
    <section className="overview">
      <h2>How to explore</h2>
      <ul>
        <li>
          Press ▶ Play, or drag the red date flag on the timeline (or focus it and press ← →): sites
          with events near that date light up on the map.
        </li>
        <li>Click a site on the map, or choose one below, to list what happened there.</li>
        <li>
          Drag across the “Window” strip to limit the map to a period; scroll or pinch the timeline
          to zoom. Hollow marks were only planned when reported.
        </li>
      </ul>
      <p className="muted">
        {dataset.events.length} events drawn from {dataset.articles.length} articles published{' '}
        {dataset.articles[0]?.published.slice(0, 4)}–
        {dataset.articles.at(-1)?.published.slice(0, 4)}. Each card shows its source and the excerpt
        it rests on.
      </p>
    </section>
  );
}

import { useMemo } from 'react';
import type { FacetKey } from '../../domain/filters';
import { useDatasetModel } from '../../state/datasetContext';
import { useStore } from '../../state/store';
import { CATEGORY_COLOR, CATEGORY_LABEL, CATEGORY_ORDER } from '../../timeline/categories';
import { CheckList } from './CheckList';
import { SearchBox } from './SearchBox';
import { ToggleGroup, type ToggleOption } from './ToggleGroup';
import { useFacetCounts } from './useFacetCounts';

/** Every filter: administrations, categories, sources, places, actors and free-text search. */
export function FilterPanel({ id }: { id: string }) {
  const { dataset } = useDatasetModel();
  const filters = useStore((s) => s.filters);
  const toggle = useStore((s) => s.toggleFacet);
  const counts = useFacetCounts();

  const options = useMemo(() => {
    const of = (
      key: FacetKey,
      values: { value: string; label: string; swatch?: string }[],
    ): ToggleOption[] => values.map((v) => ({ ...v, count: counts[key].get(v.value) ?? 0 }));
    const admins = (country: 'US' | 'MX') =>
      dataset.administrations
        .filter(
          (a) =>
            a.country === country &&
            dataset.events.some((e) =>
              (country === 'US' ? e.admins.us : e.admins.mx).includes(a.id),
            ),
        )
        .map((a) => ({ value: a.id, label: a.short }));
    const actors = [...new Set(dataset.events.flatMap((e) => e.actors))].sort((a, b) =>
      a.localeCompare(b),
    );
    const placeIds = new Set(dataset.events.flatMap((e) => e.places));
    return {
      us: of('us', admins('US')),
      mx: of('mx', admins('MX')),
      categories: of(
        'categories',
        CATEGORY_ORDER.filter((c) => dataset.events.some((e) => e.category === c)).map((c) => ({
          value: c,
          label: CATEGORY_LABEL[c],
          swatch: CATEGORY_COLOR[c],
        })),
      ),
      articles: of(
        'articles',
        dataset.articles.map((a) => ({
          value: a.id,
          label: `${a.published.slice(0, 4)} · ${a.title}`,
        })),
      ),
      places: of(
        'places',
        dataset.places
          .filter((p) => placeIds.has(p.id))
          .map((p) => ({ value: p.id, label: p.name }))
          .sort((a, b) => a.label.localeCompare(b.label)),
      ),
      actors: of(
        'actors',
        actors.map((a) => ({ value: a, label: a })),
      ),
    };
  }, [dataset, counts]);

  return (
    <section id={id} className="filter-panel" aria-label="Filters">
      <SearchBox />
      <ToggleGroup
        legend="US administration"
        options={options.us}
        selected={filters.us}
        onToggle={(v) => toggle('us', v)}
      />
      <ToggleGroup
        legend="Mexican administration"
        options={options.mx}
        selected={filters.mx}
        onToggle={(v) => toggle('mx', v)}
      />
      <ToggleGroup
        legend="Category"
        options={options.categories}
        selected={filters.categories}
        onToggle={(v) => toggle('categories', v)}
      />
      <div className="check-lists">
        <CheckList
          legend="Sources"
          options={options.articles}
          selected={filters.articles}
          onToggle={(v) => toggle('articles', v)}
        />
        <CheckList
          legend="Places"
          options={options.places}
          selected={filters.places}
          onToggle={(v) => toggle('places', v)}
          searchable
        />
        <CheckList
          legend="Actors"
          options={options.actors}
          selected={filters.actors}
          onToggle={(v) => toggle('actors', v)}
          searchable
        />
      </div>
    </section>
  );
}

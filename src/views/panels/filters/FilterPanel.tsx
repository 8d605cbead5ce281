import { useMemo } from 'react';
import type { Category } from '../../../data/schema';
import { CATEGORY_ORDER } from '../../../domain/categories';
import type { FacetKey } from '../../../domain/filters';
import { useFullI18n } from '../../../i18n/useI18n';
import { useFacetCounts } from '../../../session/derived';
import { useActions, useDatasetModel, useSession } from '../../../session/hooks';
import { useTexts } from '../../../session/texts';
import { usePalette } from '../../../ui/useTheme';
import { CheckList } from './CheckList';
import { SearchBox } from './SearchBox';
import { TermRule } from './TermRule';
import { ToggleGroup, type ToggleOption } from './ToggleGroup';

type Choice = { value: string; label: string; swatch?: string };

/** Every filter: administrations, categories, sources, places, actors and free-text search. */
export function FilterPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { dataset } = useDatasetModel();
  const filters = useSession((s) => s.filters);
  const { toggleFacet: toggle } = useActions();
  const texts = useTexts();
  const counts = useFacetCounts();
  const palette = usePalette();
  const { t, lang } = useFullI18n();

  // Which values exist is a property of the dataset: computed once, not per filter click.
  const choices = useMemo((): Record<FacetKey, Choice[]> => {
    const admins = (country: 'US' | 'MX') =>
      dataset.administrations
        .filter(
          (a) =>
            a.country === country &&
            dataset.events.some((e) =>
              (country === 'US' ? e.admins.us : e.admins.mx).includes(a.id),
            ),
        )
        .map((a) => ({ value: a.id, label: texts.administration(a).short }));
    const actors = [...new Set(dataset.events.flatMap((e) => e.actors))]
      .map((a) => ({ value: a, label: texts.actorName(a) }))
      .sort((a, b) => a.label.localeCompare(b.label, lang));
    const placeIds = new Set(dataset.events.flatMap((e) => e.places));
    const categories = new Set(dataset.events.map((e) => e.category));
    return {
      us: admins('US'),
      mx: admins('MX'),
      categories: CATEGORY_ORDER.filter((c) => categories.has(c)).map((c) => ({
        value: c,
        label: t.categories[c],
      })),
      articles: dataset.articles.map((a) => ({
        value: a.id,
        label: `${a.published.slice(0, 4)} · ${a.title}`,
        // Titles are citations: they stay as published.
        lang: 'en',
      })),
      places: dataset.places
        .filter((p) => placeIds.has(p.id))
        .map((p) => ({ value: p.id, label: texts.place(p).name }))
        .sort((a, b) => a.label.localeCompare(b.label)),
      actors,
    };
  }, [dataset, t, texts, lang]);

  const options = useMemo(() => {
    const of = (key: FacetKey): ToggleOption[] =>
      choices[key].map((v) => ({
        ...v,
        count: counts[key].get(v.value) ?? 0,
        ...(key === 'categories' ? { swatch: palette.category[v.value as Category] } : {}),
      }));
    return {
      us: of('us'),
      mx: of('mx'),
      categories: of('categories'),
      articles: of('articles'),
      places: of('places'),
      actors: of('actors'),
    };
  }, [choices, counts, palette]);

  return (
    <section id={id} className="filter-panel" aria-label={t.filterPanel.panel}>
      <div className="filter-panel-head">
        <SearchBox />
        <button type="button" className="filter-panel-close" onClick={onClose}>
          {t.filterPanel.done}
        </button>
      </div>
      <ToggleGroup
        legend={t.filters.us}
        options={options.us}
        selected={filters.us}
        onToggle={(v) => toggle('us', v)}
        note={<TermRule country="us" />}
      />
      <ToggleGroup
        legend={t.filters.mx}
        options={options.mx}
        selected={filters.mx}
        onToggle={(v) => toggle('mx', v)}
        note={<TermRule country="mx" />}
      />
      <ToggleGroup
        legend={t.filterPanel.category}
        options={options.categories}
        selected={filters.categories}
        onToggle={(v) => toggle('categories', v)}
      />
      <div className="check-lists">
        <CheckList
          legend={t.filterPanel.sources}
          options={options.articles}
          selected={filters.articles}
          onToggle={(v) => toggle('articles', v)}
        />
        <CheckList
          legend={t.filterPanel.places}
          options={options.places}
          selected={filters.places}
          onToggle={(v) => toggle('places', v)}
          searchable
        />
        <CheckList
          legend={t.filterPanel.actors}
          options={options.actors}
          selected={filters.actors}
          onToggle={(v) => toggle('actors', v)}
          searchable
        />
      </div>
    </section>
  );
}

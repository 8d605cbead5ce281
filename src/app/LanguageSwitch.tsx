import { useQueryClient } from '@tanstack/react-query';
import { languageTextsQuery } from '../data/queries';
import { BASE_LANGUAGE } from '../data/translations';
import { loadCatalogue } from '../i18n/catalogues';
import { LANGS, type Lang } from '../i18n/lang';
import { useI18n } from '../i18n/useI18n';
import { useActions } from '../session/hooks';

/** EN / ES: switches every string, date, number and event text; the choice goes in the URL. */
export function LanguageSwitch() {
  const { lang, t } = useI18n();
  const { setLang } = useActions();
  const client = useQueryClient();
  // A pointer on the way, or the focus, fetches the language's texts before the click.
  const prefetch = (l: Lang) => {
    void loadCatalogue(l);
    void client.prefetchQuery(languageTextsQuery(l, BASE_LANGUAGE));
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of two toggle buttons
    <div className="language-switch" role="group" aria-label={t.language.label}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          // The name starts with the visible code, so voice control can say "ES".
          aria-label={`${l.toUpperCase()} ${t.language[l]}`}
          onClick={() => setLang(l)}
          onPointerEnter={() => prefetch(l)}
          onFocus={() => prefetch(l)}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

import { describeIssue, formatReport } from '../../i18n/importReport';
import { useFullI18n } from '../../i18n/useI18n';
import type { ImportResult } from '../../import';

const SHOWN = 50;

/**
 * An import's problems by row and column in the reader's language, the first ones listed, all
 * of them in a report (in the same language).
 */
export function ImportIssues({ name, result }: { name: string; result: ImportResult }) {
  const { t, f } = useFullI18n();
  const download = () => {
    const blob = new Blob([formatReport(result, t, f)], { type: 'text/plain;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${name.replace(/\.[^.]+$/, '') || 'import'}-report.txt`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  const list = (issues: ImportResult['errors'], kind: 'errors' | 'warnings') =>
    issues.length > 0 && (
      <section className={`import-${kind}`}>
        <h3>{f.plural(issues.length, t.yourData[kind])}</h3>
        <ul>
          {issues.slice(0, SHOWN).map((i, n) => (
            // Issues can repeat word for word (same problem, same cell text): index keys.
            // The importer words its issues in English for now (its catalogue is issue 18's),
            // so they say so; drop lang="en" once they come worded in the reader's language.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={n}>{describeIssue(i, t, f)}</li>
          ))}
          {issues.length > SHOWN && (
            <li className="muted">{t.yourData.more(f.number(issues.length - SHOWN))}</li>
          )}
        </ul>
      </section>
    );
  return (
    <div className="import-issues">
      {list(result.errors, 'errors')}
      {list(result.warnings, 'warnings')}
      {(result.errors.length > 0 || result.warnings.length > 0) && (
        <button type="button" onClick={() => void download()}>
          {t.yourData.report}
        </button>
      )}
    </div>
  );
}

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

type View = 'map' | 'timeline' | 'panel' | 'header';

interface Props {
  view: View;
  children: ReactNode;
}

/**
 * Around each view: if one breaks (bad data it did not expect, a browser quirk), it says what
 * broke and offers to reload that part, and the other views keep working.
 */
export class ViewBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`[frontera] the ${this.props.view} failed:`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <BrokenView
        view={this.props.view}
        message={this.state.error.message}
        onReload={() => this.setState({ error: null })}
      />
    );
  }
}

function BrokenView({
  view,
  message,
  onReload,
}: {
  view: View;
  message: string;
  onReload: () => void;
}) {
  const { t } = useI18n();
  return (
    <section className={`view-broken view-broken-${view}`} role="alert">
      <p>
        <strong>{t.error.viewBroke(t.error.views[view])}</strong> {t.error.viewKeepsWorking}
      </p>
      <details className="error-detail">
        <summary>{t.error.detail}</summary>
        <pre lang="en">{message}</pre>
      </details>
      <button type="button" onClick={onReload}>
        {t.error.reloadView}
      </button>
    </section>
  );
}

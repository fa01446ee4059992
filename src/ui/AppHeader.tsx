import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { historyHref, homeHref } from './hashRoute';
import { LanguageSelect } from './LanguageSelect';

interface Props {
  /** Page-specific items (a back link, the save status). */
  readonly children?: ReactNode;
  /** Leaves out the tagline, for pages with many header items. */
  readonly compact?: boolean;
}

/** The banner on every page: the app's name (a link home), page items, the language. */
export function AppHeader({ children, compact = false }: Props) {
  const t = useT();
  return (
    <header className="app-header">
      <a className="app-brand" href={homeHref()}>
        <span className="app-name">{t('app.name')}</span>
        {!compact && <span className="app-tagline">{t('app.tagline')}</span>}
      </a>
      <div className="app-header-items">{children}</div>
      <a className="app-header-link" href={historyHref()}>
        {t('history.link')}
      </a>
      <LanguageSelect />
    </header>
  );
}

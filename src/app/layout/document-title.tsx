import { useEffect } from 'react';
import { useTranslation } from '@/lib/i18n';
import { useMatches } from '@/lib/router';
import { isRouteHandle } from '../route-handle';

/**
 * Keeps the tab title (what screen readers announce on navigation) on the current page. A leaf
 * that renders nothing: it follows the router, so the header and navigation around it need not.
 */
export function DocumentTitle() {
  const { t } = useTranslation();
  const matches = useMatches();
  const handle = matches
    .map((match) => match.route.handle)
    .filter(isRouteHandle)
    .at(-1);
  const appName = t('app.name');
  const title = handle ? `${t(handle.titleKey)} · ${appName}` : appName;

  useEffect(() => {
    document.title = title;
  }, [title]);

  return null;
}

import { useNavigationPending } from '@/lib/router';
import classes from './layout.module.css';

/** A thin bar under the header while the next page's code is loading. */
export function NavigationProgress() {
  const pending = useNavigationPending();
  if (!pending) return null;
  return <div className={classes.progress} aria-hidden="true" data-testid="navigation-progress" />;
}

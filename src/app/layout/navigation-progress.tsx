import { useNavigation } from 'react-router';
import classes from './layout.module.css';

/** A thin bar under the header while a page's code or data is loading. */
export function NavigationProgress() {
  const navigation = useNavigation();
  if (navigation.state === 'idle') return null;
  return <div className={classes.progress} aria-hidden="true" data-testid="navigation-progress" />;
}

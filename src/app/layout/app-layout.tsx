import { Box, Burger, Divider, Group } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { PHONE_LAYOUT_QUERY } from '@/config/layout';
import { paths } from '@/config/paths';
import { UpstreamBadge, UpstreamDetails } from '@/features/upstream';
import { useTranslation } from '@/lib/i18n';
import { Link, Outlet } from '@/lib/router';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { DocumentTitle } from './document-title';
import { LogoMark } from './icons';
import { LanguageSwitch } from './language-switch';
import classes from './layout.module.css';
import { MainNav } from './main-nav';
import { NavigationProgress } from './navigation-progress';

const NAV_ID = 'main-navigation';
const MAIN_CONTENT_ID = 'main-content';
/** react-remove-scroll-bar's `zeroRightClassName`, the class its scroll lock offsets. */
const SCROLL_LOCK_OFFSET_CLASS = 'right-scroll-bar-position';

/**
 * The frame around every page: header, navigation, and the page itself in <main>. Laid out by
 * layout.module.css rather than Mantine's AppShell, whose resize handles, media-query variables
 * and scroll-lock wrappers cost about 5 KB gzip of the first load for a fixed two-part layout.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, nav] = useDisclosure(false);
  // Below the breakpoint a closed navbar is only slid off-screen: keep its links out of Tab order,
  // from the first render on (read during render, not after it in an effect).
  const isNarrow = useMediaQuery(PHONE_LAYOUT_QUERY, undefined, {
    getInitialValueInEffect: false,
  });
  return (
    <>
      <DocumentTitle />
      <a className={classes.skipLink} href={`#${MAIN_CONTENT_ID}`}>
        {t('app.skipToContent')}
      </a>

      {/* The scroll-bar class: a modal's scroll lock pads fixed elements that carry it, so the
          header does not slide under the scroll bar's gap (Mantine's AppShell sets it too). */}
      <header className={`${classes.header} ${SCROLL_LOCK_OFFSET_CLASS}`}>
        <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0} style={{ flexShrink: 1 }}>
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? t('nav.close') : t('nav.open')}
              aria-expanded={navOpened}
              aria-controls={NAV_ID}
            />
            <Link to={paths.home} className={classes.brand}>
              <Box visibleFrom="xs" className={classes.brandMark}>
                <LogoMark />
              </Box>
              <Box component="span" visibleFrom="xs" className={classes.brandName}>
                {t('app.name')}
              </Box>
              {/* Phones: the full name would squeeze the badge and buttons. */}
              <Box component="span" hiddenFrom="xs" className={classes.brandName}>
                {t('app.shortName')}
              </Box>
            </Link>
          </Group>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <UpstreamBadge />
            <LanguageSwitch />
            <ColorSchemeToggle />
          </Group>
        </Group>
        <NavigationProgress />
      </header>

      <nav
        id={NAV_ID}
        aria-label={t('nav.label')}
        className={classes.navbar}
        data-opened={navOpened || undefined}
        inert={isNarrow && !navOpened}
      >
        {/* Native overflow, not ScrollArea: that one pulls @floating-ui into the first load. */}
        <div className={classes.navLinks}>
          <MainNav onNavigate={nav.close} />
        </div>
        <div>
          <Divider mb="sm" />
          <UpstreamDetails />
        </div>
      </nav>

      <main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
        <Outlet />
      </main>
    </>
  );
}

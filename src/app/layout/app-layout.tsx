import { AppShell, Box, Burger, Divider, Group, em, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { paths } from '@/config/paths';
import { UpstreamBadge, UpstreamDetails } from '@/features/upstream';
import { useTranslation } from '@/lib/i18n';
import { Link, Outlet } from '@/lib/router';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { LogoMark } from './icons';
import { LanguageSwitch } from './language-switch';
import classes from './layout.module.css';
import { MainNav } from './main-nav';
import { NavigationProgress } from './navigation-progress';
import { useDocumentTitle } from './use-document-title';

const NAV_ID = 'main-navigation';
export const MAIN_CONTENT_ID = 'main-content';

/** The frame around every page: header, navigation, and the page itself in <main>. */
export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, nav] = useDisclosure(false);
  const theme = useMantineTheme();
  // Below the breakpoint a closed navbar is only slid off-screen: keep its links out of Tab order.
  const isNarrow = useMediaQuery(`(max-width: ${em(parseFloat(theme.breakpoints.sm) * 16 - 0.1)})`);
  useDocumentTitle();

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', md: 'xl' }}
    >
      <a className={classes.skipLink} href={`#${MAIN_CONTENT_ID}`}>
        {t('app.skipToContent')}
      </a>

      <AppShell.Header px={{ base: 'sm', sm: 'md' }}>
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
      </AppShell.Header>

      <AppShell.Navbar
        id={NAV_ID}
        aria-label={t('nav.label')}
        p="sm"
        inert={isNarrow && !navOpened}
      >
        {/* Native overflow, not ScrollArea: that one pulls @floating-ui into the first load. */}
        <AppShell.Section grow className={classes.navLinks}>
          <MainNav onNavigate={nav.close} />
        </AppShell.Section>
        <AppShell.Section>
          <Divider mb="sm" />
          <UpstreamDetails />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

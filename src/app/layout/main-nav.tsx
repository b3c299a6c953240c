import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { paths } from '@/config/paths';
import { useTranslation } from '@/lib/i18n';
import { Link, useMatch } from '@/lib/router';
import { PlansIcon, SpeedIcon } from './icons';
import classes from './layout.module.css';

interface NavItemProps {
  to: string;
  label: string;
  icon: ReactNode;
  onNavigate: () => void;
}

function NavItem({ to, label, icon, onNavigate }: NavItemProps) {
  // A section stays highlighted on its sub-pages (/plans/new lights up "Plans").
  const active = useMatch(to, { end: false }) !== null;
  const exact = useMatch(to) !== null;
  // A styled link, not Mantine's NavLink: that one brings Collapse and a chevron for nested
  // links, which this flat list never shows (about 2 KB gzip of the first load).
  return (
    <Link
      to={to}
      className={`${classes.navLink} mantine-focus-auto`}
      data-active={active || undefined}
      aria-current={exact ? 'page' : active ? 'true' : undefined}
      onClick={onNavigate}
    >
      <span className={classes.navLinkIcon}>{icon}</span>
      {/* Body at the link's 16 px, label at 14 px: NavLink's line height, hence its height. */}
      <span className={classes.navLinkBody}>
        <span className={classes.navLinkLabel}>{label}</span>
      </span>
    </Link>
  );
}

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <NavItem
        to={paths.plans.list}
        label={t('nav.plans')}
        icon={<PlansIcon />}
        onNavigate={onNavigate}
      />
      <NavItem
        to={paths.speedRules.list}
        label={t('nav.speedRules')}
        icon={<SpeedIcon />}
        onNavigate={onNavigate}
      />
    </Stack>
  );
}

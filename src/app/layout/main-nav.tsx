import { NavLink, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { paths } from '@/config/paths';
import { useTranslation } from '@/lib/i18n';
import { Link, useMatch } from '@/lib/router';
import { PlansIcon, SpeedIcon } from './icons';

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
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      leftSection={icon}
      active={active}
      aria-current={exact ? 'page' : active ? 'true' : undefined}
      onClick={onNavigate}
      variant="light"
      fw={500}
    />
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

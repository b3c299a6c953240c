import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, type RefObject } from 'react';
import { useTranslation } from '@/lib/i18n';
import { useBlocker } from '@/lib/router';

export interface LeaveGuardProps {
  /** True while leaving would drop unsaved changes. */
  when: boolean;
  /** Set just before a navigation that must pass (e.g. to the rule just created). */
  allowRef: RefObject<boolean>;
  /** Called when the user chooses to leave anyway. */
  onDiscard: () => void;
}

/** Asks before unsaved changes are left behind: in-app navigation and closing or reloading. */
export function LeaveGuard({ when, allowRef, onDiscard }: LeaveGuardProps) {
  const { t } = useTranslation('speedRules');
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when &&
      !allowRef.current &&
      (currentLocation.pathname !== nextLocation.pathname ||
        currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    if (!when) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  const blocked = blocker.state === 'blocked';
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('action.close') }}
      opened={blocked}
      onClose={blocker.reset}
      title={t('leave.title')}
      centered
    >
      <Stack gap="md">
        <Text>{t('leave.message')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={blocker.reset} data-autofocus>
            {t('leave.stay')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              onDiscard();
              blocker.proceed();
            }}
          >
            {t('leave.discard')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { useCallback } from 'react';
import type { Finding } from '../../domain/checks/finding';
import type { FindingDismissal } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';

export interface FindingDismissals {
  /** Dismisses a finding (one saved write) and announces it; resolves true when saved. */
  readonly dismiss: (finding: Finding) => Promise<boolean>;
  /** Brings a dismissed finding back and announces it; resolves true when saved. */
  readonly restore: (dismissal: FindingDismissal) => Promise<boolean>;
}

/**
 * Dismissing and restoring findings through the store. What happened (or why it failed) is
 * said through `announce`, the panel's live region.
 */
export function useFindingDismissals(announce: (message: string) => void): FindingDismissals {
  const t = useT();
  const actions = useAppStore((s) => s.actions);

  const run = useCallback(
    async (write: () => Promise<unknown>, done: string): Promise<boolean> => {
      announce('');
      try {
        await write();
        announce(done);
        return true;
      } catch (e) {
        announce(
          t('checks.dismissFailed', { message: e instanceof Error ? e.message : String(e) }),
        );
        return false;
      }
    },
    [announce, t],
  );

  const dismiss = useCallback(
    (finding: Finding) =>
      run(
        () => actions.dismissFinding(finding.rule, finding.communicationId),
        t('checks.dismissed'),
      ),
    [actions, run, t],
  );
  const restore = useCallback(
    (dismissal: FindingDismissal) =>
      run(() => actions.restoreFinding(dismissal.id), t('checks.restored')),
    [actions, run, t],
  );
  return { dismiss, restore };
}

import { useEffect, useId, useMemo, useState } from 'react';
import { followUpActions, type FollowUpGroup } from '../../domain/history/followUpActions';
import type { ActionStatus, Review } from '../../domain/model';
import { formatDate } from '../../domain/time/formatDate';
import { useI18n } from '../../i18n/useI18n';
import { useAppStore } from '../../store/useAppStore';
import { FollowUpAction } from './FollowUpAction';
import './followUp.css';

interface Props {
  /** The review being prepared: earlier reviews are those created before it. */
  readonly review: Review;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * "Last time's actions": the unfinished actions of earlier reviews, for the team to mark
 * done, not done or dropped before the new review starts. Each choice is saved at once in
 * the earlier review. The list is the one read when the section appeared, so an action
 * just marked done stays in sight (its choice can be changed back).
 */
export function FollowUpSection({ review }: Props) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const reviews = useAppStore((s) => s.reviews);
  const loaded = useAppStore((s) => s.reviewsLoaded);
  const actions = useAppStore((s) => s.actions);
  const [notice, setNotice] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);

  useEffect(() => {
    if (!loaded) void actions.refreshReviews().catch(() => undefined);
  }, [actions, loaded]);

  // Which actions to show is fixed once the list is known; their statuses follow.
  const [keep, setKeep] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    if (keep !== null || !loaded) return;
    setKeep(new Set(followUpActions(reviews, review).flatMap((g) => g.actions.map((a) => a.id))));
  }, [keep, loaded, reviews, review]);
  const visible = useMemo(
    () =>
      keep === null
        ? []
        : followUpActions(reviews, review)
            .map((g) => ({ ...g, actions: g.actions.filter((a) => keep.has(a.id)) }))
            .filter((g) => g.actions.length > 0),
    [keep, reviews, review],
  );

  if (visible.length === 0) return null;

  const change = async (group: FollowUpGroup, actionId: string, status: ActionStatus) => {
    setNotice(null);
    try {
      await actions.setEarlierActionStatus(group.reviewId, actionId, status);
      setNotice({ kind: 'saved', text: t('followUp.saved', { title: group.title }) });
    } catch (e) {
      setNotice({ kind: 'error', text: t('followUp.error', { message: message(e) }) });
      throw e;
    }
  };

  return (
    <section className="panel follow-up" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('followUp.heading')}</h2>
      <p>{t('followUp.intro')}</p>
      {visible.map((group) => (
        <div key={group.reviewId} className="follow-up-group">
          <h3>
            {t('followUp.from', {
              title: group.title,
              date:
                group.alert === null
                  ? t('followUp.noDate')
                  : formatDate(group.alert, group.timeZone, locale),
            })}
          </h3>
          <ul className="follow-up-list">
            {group.actions.map((action) => (
              <FollowUpAction
                key={action.id}
                action={action}
                onChange={(status) => change(group, action.id, status)}
              />
            ))}
          </ul>
        </div>
      ))}
      <p
        className={notice?.kind === 'error' ? 'notice notice-error' : 'follow-up-saved'}
        role="status"
      >
        {notice?.text ?? ''}
      </p>
    </section>
  );
}

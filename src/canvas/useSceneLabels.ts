import { useMemo } from 'react';
import type { Note } from '../domain/model';
import { formatDate } from '../domain/time/formatDate';
import { wallClock } from '../domain/time/wallClock';
import { formatMinutes } from '../i18n/formatMinutes';
import { useI18n } from '../i18n/useI18n';
import type { BackgroundLabels } from './layers/BackgroundLayer';

const DAY = 86_400_000;
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Every word the drawing shows, in the UI's language; ticks in the display zone. */
export function useSceneLabels(
  zone: string,
  tickStep: number,
  anonymous: boolean,
): BackgroundLabels & { readonly noteFooter: (note: Note) => string } {
  const { t, locale } = useI18n();
  return useMemo(
    () => ({
      alert: t('timeline.alert'),
      whatIf: t('timeline.whatIf'),
      resolution: t('timeline.resolution'),
      longest: t('timeline.longest'),
      phase: (kind) => t(`timeline.phase.${kind}`),
      // Long gaps read better in hours on a drawing: `26 h 8 min`.
      minutes: (minutes) =>
        minutes >= 120
          ? t('timeline.hours', {
              hours: Math.floor(Math.round(minutes) / 60),
              minutes: Math.round(minutes) % 60,
            })
          : t('common.minutes', { value: formatMinutes(minutes, locale) }),
      tick: (tick) => {
        if (tick.midnight || tickStep >= DAY) return formatDate(tick.instant, zone, locale);
        const w = wallClock(tick.instant, zone);
        return `${pad2(w.hour)}:${pad2(w.minute)}`;
      },
      noteFooter: (note) =>
        `${t(`timeline.category.${note.category}`)} · ${
          anonymous || note.author === null ? t('timeline.anonymous') : note.author
        }`,
    }),
    [t, locale, zone, tickStep, anonymous],
  );
}

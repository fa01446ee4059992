/**
 * Messages of one area of the app, in English and Spanish. `en.ts` and `es.ts` spread them
 * in; the dictionary test checks that both languages have the same keys and placeholders.
 */
import type { AreaMessages } from './AreaMessages';

export const timelineEn = {} as const;

export const timelineEs: AreaMessages<typeof timelineEn> = {};

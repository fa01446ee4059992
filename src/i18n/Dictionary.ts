import type { en } from './en';
import type { PluralMessage } from './Message';

export type MessageKey = keyof typeof en;

/** A full translation: every English key, plural where English is plural. */
export type Dictionary = {
  readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage;
};

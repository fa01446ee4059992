import type { PluralMessage } from '../Message';

/** Another language's messages for one area: every key of the English ones, same shape. */
export type AreaMessages<En> = {
  readonly [K in keyof En]: En[K] extends string ? string : PluralMessage;
};

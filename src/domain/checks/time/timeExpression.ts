import type { ZoneRef } from './zoneRef';

/** A time written in a message: an interval from the message, or a clock time. */
export type TimeExpression =
  | { readonly kind: 'interval'; readonly minutes: number; readonly end: number }
  | {
      readonly kind: 'clock';
      readonly hour: number;
      readonly minute: number;
      /** The zone the text names; null: none named (read in the message's own offset). */
      readonly zone: ZoneRef | null;
      /** "tomorrow at 09:00", "mañana a las 9:00". */
      readonly tomorrow: boolean;
      readonly end: number;
    };

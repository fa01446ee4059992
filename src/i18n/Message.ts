/**
 * A translatable message: plain text with `{name}` placeholders, or plural forms chosen by
 * `Intl.PluralRules` from the `count` parameter (`other` is always required).
 */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralMessage;

export type MessageParams = Readonly<Record<string, string | number>>;

import type { Message, MessageParams } from './Message';

const PLACEHOLDER = /\{(\w+)\}/g;
const rulesCache = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesCache.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  return rules;
}

/** Picks the plural form for `count` (when the message has forms) and fills `{name}` slots. */
export function translate(message: Message, locale: string, params: MessageParams = {}): string {
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params['count'] ?? 0);
    const category = pluralRules(locale).select(count);
    text = message[category] ?? message.other;
  }
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

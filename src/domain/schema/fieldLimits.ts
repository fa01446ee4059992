/**
 * Length and count caps for everything read from outside (../shared/notes/reliability.md,
 * Table 2: per-field length caps before any regex, a visible error on too many records).
 * Shared by the document schema and every importer so they agree.
 */
export const FIELD_LIMITS = {
  /** Record ids and source ids. */
  id: 200,
  /** Titles, channel names, authors, zone names, component names, file names. */
  name: 1_000,
  /** URLs (Statuspage shortlinks). */
  url: 2_000,
  /** One message's text. */
  text: 100_000,
  /** Records of one kind in one review (communications, channels, phases, notes). */
  records: 500_000,
} as const;

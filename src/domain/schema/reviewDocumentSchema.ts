/**
 * The Gapline file: one whole `ReviewData` with a small header (Excalidraw's
 * `{type, version, source}` envelope). Instants are numbers (ms, UTC). Version 1 had no
 * notes; version 2 adds them (older files migrate with `add notes`).
 */
import { FIELD_LIMITS } from './fieldLimits';
import {
  ChannelSchema,
  CommunicationSchema,
  IncidentSchema,
  NoteSchema,
  PhaseSchema,
  ReviewSchema,
} from './reviewRecordSchemas';
import { z } from './zod';

export const REVIEW_DOCUMENT_TYPE = 'gapline';

const records = <T extends z.ZodMiniType>(schema: T) =>
  z.array(schema).check(z.maxLength(FIELD_LIMITS.records));

/** The current format (version 2): what `serializeReview` writes and every file migrates to. */
export const ReviewDocumentSchema = z.object({
  type: z.literal(REVIEW_DOCUMENT_TYPE),
  version: z.literal(2),
  exportedAt: z.string().check(z.maxLength(64)),
  review: ReviewSchema,
  incident: IncidentSchema,
  channels: records(ChannelSchema),
  communications: records(CommunicationSchema),
  phases: records(PhaseSchema),
  notes: records(NoteSchema),
});

export type ReviewDocument = z.infer<typeof ReviewDocumentSchema>;

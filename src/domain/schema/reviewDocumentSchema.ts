/**
 * The Gapline file, version 1: one whole `ReviewData` with a small header
 * (Excalidraw's `{type, version, source}` envelope). Instants are numbers (ms, UTC).
 */
import { FIELD_LIMITS } from './fieldLimits';
import {
  ChannelSchema,
  CommunicationSchema,
  IncidentSchema,
  PhaseSchema,
  ReviewSchema,
} from './reviewRecordSchemas';
import { z } from './zod';

export const REVIEW_DOCUMENT_TYPE = 'gapline';

export const ReviewDocumentV1Schema = z.object({
  type: z.literal(REVIEW_DOCUMENT_TYPE),
  version: z.literal(1),
  exportedAt: z.string().check(z.maxLength(64)),
  review: ReviewSchema,
  incident: IncidentSchema,
  channels: z.array(ChannelSchema).check(z.maxLength(FIELD_LIMITS.records)),
  communications: z.array(CommunicationSchema).check(z.maxLength(FIELD_LIMITS.records)),
  phases: z.array(PhaseSchema).check(z.maxLength(FIELD_LIMITS.records)),
});

export type ReviewDocumentV1 = z.infer<typeof ReviewDocumentV1Schema>;

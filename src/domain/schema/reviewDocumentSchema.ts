/**
 * The Gapline file: one whole `ReviewData` with a small header (Excalidraw's
 * `{type, version, source}` envelope). Instants are numbers (ms, UTC). Version 1 had no
 * notes; version 2 added them; version 3 adds the workshop (session, preparation,
 * participants, root causes, votes, actions, "what if" updates, screenshots); version 4 adds
 * the dismissed message-check findings.
 */
import { FIELD_LIMITS } from './fieldLimits';
import {
  ChannelSchema,
  CommunicationSchema,
  IncidentSchema,
  NoteSchema,
  ParticipantSchema,
  PhaseSchema,
  PlanActionSchema,
  PreparationSchema,
  ReviewSchema,
  RootCauseSchema,
  SessionSchema,
  VoteSchema,
  WhatIfSchema,
  AttachmentSchema,
  FindingDismissalSchema,
} from './reviewRecordSchemas';
import { z } from './zod';

export const REVIEW_DOCUMENT_TYPE = 'gapline';

const records = <T extends z.ZodMiniType>(schema: T) =>
  z.array(schema).check(z.maxLength(FIELD_LIMITS.records));

/** The current format (version 4): what `serializeReview` writes and every file migrates to. */
export const ReviewDocumentSchema = z.object({
  type: z.literal(REVIEW_DOCUMENT_TYPE),
  version: z.literal(4),
  exportedAt: z.string().check(z.maxLength(64)),
  review: ReviewSchema,
  incident: IncidentSchema,
  channels: records(ChannelSchema),
  communications: records(CommunicationSchema),
  phases: records(PhaseSchema),
  notes: records(NoteSchema),
  session: z.nullable(SessionSchema),
  preparation: z.nullable(PreparationSchema),
  participants: records(ParticipantSchema),
  rootCauses: records(RootCauseSchema),
  votes: records(VoteSchema),
  actions: records(PlanActionSchema),
  whatIfs: records(WhatIfSchema),
  attachments: z.array(AttachmentSchema).check(z.maxLength(200)),
  dismissals: records(FindingDismissalSchema),
});

export type ReviewDocument = z.infer<typeof ReviewDocumentSchema>;

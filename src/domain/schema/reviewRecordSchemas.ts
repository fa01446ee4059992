/**
 * Runtime validators for the records of `../model.ts`, as they appear in a Gapline file.
 * Each schema builds a NEW object holding only its known keys (unknown keys are dropped),
 * so nothing from a file reaches the app unless the model names it.
 */
import {
  ACTION_STATUSES,
  COMMUNICATION_KINDS,
  NOTE_CATEGORIES,
  PHASE_KINDS,
  SEVERITIES,
  WORKSHOP_STEPS,
} from '../model';
import { RULE_IDS } from '../checks/ruleIds';
import { FIELD_LIMITS } from './fieldLimits';
import { isValidTimeZone } from '../time/isValidTimeZone';
import { z } from './zod';

/** ±8.64e15 ms is the range of a JS Date. */
const MAX_EPOCH_MS = 8.64e15;

const id = z.string().check(z.minLength(1), z.maxLength(FIELD_LIMITS.id));
const name = z.string().check(z.maxLength(FIELD_LIMITS.name));
const instant = z.int().check(z.minimum(-MAX_EPOCH_MS), z.maximum(MAX_EPOCH_MS));
/** Minutes from UTC; real offsets lie within ±18 h (some historic ones are not whole minutes). */
const offsetMinutes = z.nullable(z.number().check(z.minimum(-1_080), z.maximum(1_080)));
const timeZone = z
  .string()
  .check(z.refine((zone) => isValidTimeZone(zone), { message: 'unknown time zone' }));
const minutes = z.number().check(z.gt(0), z.maximum(10_080));

export const TargetSchema = z
  .object({ ideal: minutes, max: minutes })
  .check(z.refine((t) => t.ideal <= t.max, { message: 'ideal must not exceed max' }));

export const ReviewSchema = z.object({
  id,
  title: name,
  status: z.enum(['importing', 'ready']),
  createdAt: instant,
  updatedAt: instant,
  createdBy: z.nullable(name),
});

export const IncidentSchema = z.object({
  id,
  reviewId: id,
  title: name,
  alert: z.nullable(instant),
  resolution: z.nullable(instant),
  timeZone,
  sourceTimeZone: z.nullable(timeZone),
  severity: z.nullable(z.enum(SEVERITIES)),
  target: TargetSchema,
  instantSource: z.enum(['display_at', 'created_at']),
  source: z.object({
    format: z.enum(['statuspage', 'csv', 'gapline', 'manual', 'demo']),
    externalId: z.nullable(z.string().check(z.maxLength(FIELD_LIMITS.id))),
    url: z.nullable(z.string().check(z.maxLength(FIELD_LIMITS.url))),
    fileName: z.nullable(name),
  }),
  updatedAt: instant,
});

export const ChannelSchema = z.object({
  id,
  reviewId: id,
  name: z.string().check(z.minLength(1), z.maxLength(FIELD_LIMITS.name)),
  updatedAt: instant,
});

const SourceInstantSchema = z.object({ ms: instant, offsetMinutes });

export const CommunicationSchema = z.object({
  id,
  reviewId: id,
  instant,
  offsetMinutes,
  channelId: id,
  author: name,
  kind: z.enum(COMMUNICATION_KINDS),
  text: z.string().check(z.maxLength(FIELD_LIMITS.text)),
  sourceId: z.nullable(z.string().check(z.maxLength(FIELD_LIMITS.id))),
  order: z.int(),
  sourceTimes: z.nullable(
    z.object({
      displayAt: z.nullable(SourceInstantSchema),
      createdAt: z.nullable(SourceInstantSchema),
    }),
  ),
  sourceStatus: z.nullable(name),
  affectedComponents: z.array(name).check(z.maxLength(1_000)),
  createdBy: z.nullable(name),
  updatedAt: instant,
});

export const PhaseSchema = z
  .object({
    id,
    reviewId: id,
    kind: z.enum(PHASE_KINDS),
    start: instant,
    end: instant,
    updatedAt: instant,
  })
  .check(z.refine((p) => p.start <= p.end, { message: 'a phase cannot end before it starts' }));

/** How far a note may sit from the main line, in CSS pixels (a generous screen height). */
export const MAX_NOTE_OFFSET_PX = 10_000;

export const NoteSchema = z.object({
  id,
  reviewId: id,
  text: z.string().check(z.maxLength(FIELD_LIMITS.text)),
  category: z.enum(NOTE_CATEGORIES),
  author: z.nullable(name),
  at: instant,
  onGap: z.boolean(),
  offsetY: z.number().check(z.minimum(-MAX_NOTE_OFFSET_PX), z.maximum(MAX_NOTE_OFFSET_PX)),
  createdBy: z.nullable(name),
  createdAt: instant,
  updatedAt: instant,
});

const text = z.string().check(z.maxLength(FIELD_LIMITS.text));
const stepTimer = z.object({
  allottedMs: z.int().check(z.minimum(0), z.maximum(24 * 3_600_000)),
  elapsedMs: z.int().check(z.minimum(0), z.maximum(MAX_EPOCH_MS)),
  runningSince: z.nullable(instant),
});

export const SessionSchema = z.object({
  id,
  reviewId: id,
  step: z.enum(WORKSHOP_STEPS),
  timers: z.object({
    walk: stepTimer,
    gaps: stepTimer,
    assess: stepTimer,
    'root-causes': stepTimer,
    plan: stepTimer,
  }),
  anonymous: z.boolean(),
  votesPerParticipant: z.int().check(z.minimum(1), z.maximum(20)),
  votesRevealed: z.boolean(),
  sound: z.boolean(),
  facilitator: z.nullable(name),
  updatedAt: instant,
});

export const PreparationSchema = z.object({
  id,
  reviewId: id,
  customerImpact: text,
  expectedDuration: name,
  affected: z.nullable(z.enum(['all', 'some'])),
  affectedDetail: text,
  workaroundAvailable: z.nullable(z.boolean()),
  workaround: text,
  updatedAt: instant,
});

export const ParticipantSchema = z.object({
  id,
  reviewId: id,
  name: z.string().check(z.minLength(1), z.maxLength(FIELD_LIMITS.name)),
  role: z.nullable(name),
  updatedAt: instant,
});

export const RootCauseSchema = z.object({
  id,
  reviewId: id,
  whys: z.array(text).check(z.minLength(1), z.maxLength(5)),
  noteIds: z.array(id).check(z.maxLength(FIELD_LIMITS.records)),
  selected: z.boolean(),
  createdAt: instant,
  updatedAt: instant,
});

export const VoteSchema = z.object({
  id,
  reviewId: id,
  rootCauseId: id,
  participantId: id,
  updatedAt: instant,
});

export const PlanActionSchema = z.object({
  id,
  reviewId: id,
  rootCauseId: z.nullable(id),
  text,
  owner: name,
  deadline: z.nullable(
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date is YYYY-MM-DD' })),
  ),
  status: z.enum(ACTION_STATUSES),
  createdAt: instant,
  updatedAt: instant,
});

export const WhatIfSchema = z.object({ id, reviewId: id, instant, text, updatedAt: instant });

/** A dismissed message-check finding: its rule and the message it is about (null: the incident). */
export const FindingDismissalSchema = z.object({
  id,
  reviewId: id,
  rule: z.enum(RULE_IDS),
  communicationId: z.nullable(id),
  updatedAt: instant,
});

/** Screenshots are images only, as `data:` URLs of at most ~8 MB. */
export const MAX_ATTACHMENT_CHARS = 11_000_000;

export const AttachmentSchema = z
  .object({
    id,
    reviewId: id,
    name,
    mimeType: z.enum(['image/png', 'image/jpeg', 'image/webp', 'image/gif']),
    dataUrl: z.string().check(z.maxLength(MAX_ATTACHMENT_CHARS)),
    caption: text,
    updatedAt: instant,
  })
  .check(
    z.refine((a) => a.dataUrl.startsWith(`data:${a.mimeType};base64,`), {
      message: 'an attachment is a base64 data: URL of its image type',
    }),
  );

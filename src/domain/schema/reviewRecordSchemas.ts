/**
 * Runtime validators for the records of `../model.ts`, as they appear in a Gapline file.
 * Each schema builds a NEW object holding only its known keys (unknown keys are dropped),
 * so nothing from a file reaches the app unless the model names it.
 */
import { COMMUNICATION_KINDS, NOTE_CATEGORIES, PHASE_KINDS, SEVERITIES } from '../model';
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

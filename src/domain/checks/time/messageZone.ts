/**
 * Where a clock time with no zone named is read (`../shared/spec/checks.md`, Details): in
 * the offset the message was written in; a message stored without one (a spreadsheet read
 * in a zone) falls back to the zone its times were read in, else the incident's zone.
 */
import type { CheckIncident, CheckMessage } from '../checkContext';
import { isValidTimeZone } from '../../time/isValidTimeZone';
import type { ZoneRef } from './zoneRef';

export function messageZone(message: CheckMessage, incident: CheckIncident): ZoneRef {
  const offset = message.communication.offsetMinutes;
  if (offset !== null) return { kind: 'offset', minutes: offset };
  const zone = incident.sourceTimeZone ?? incident.timeZone;
  return { kind: 'zone', zone: isValidTimeZone(zone) ? zone : 'UTC' };
}

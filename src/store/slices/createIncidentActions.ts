import type { Incident } from '../../domain/model';
import type { AppActions, IncidentPatch } from '../AppState';
import { requireCurrent, type Editor } from '../editing/createEditor';
import { putRecord, type Operation } from '../../domain/reviewGateway';
import { rederiveInstants } from '../operations/rederiveInstants';
import type { StoreContext } from '../StoreDeps';

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const isInstant = (v: number | null | undefined): boolean => v == null || Number.isFinite(v);

function assertPatch(patch: IncidentPatch): void {
  if (!isInstant(patch.alert) || !isInstant(patch.resolution)) {
    throw new RangeError('Alert and resolution must be valid times.');
  }
  if (patch.timeZone !== undefined && !isTimeZone(patch.timeZone)) {
    throw new RangeError(`Unknown time zone: ${patch.timeZone}`);
  }
  const target = patch.target;
  if (target !== undefined) {
    const valid =
      Number.isFinite(target.ideal) &&
      Number.isFinite(target.max) &&
      target.ideal > 0 &&
      target.ideal <= target.max;
    if (!valid) throw new RangeError('The target needs 0 < ideal ≤ max minutes.');
  }
}

export function createIncidentActions(
  ctx: StoreContext,
  editor: Editor,
): Pick<AppActions, 'updateIncident'> {
  return {
    async updateIncident(patch) {
      const current = requireCurrent(ctx);
      assertPatch(patch);
      const now = ctx.now();
      const incident: Incident = { ...current.incident, ...patch, updatedAt: now };
      const operations: Operation[] = [{ type: 'put-incident', record: incident }];
      if (incident.instantSource !== current.incident.instantSource) {
        for (const record of rederiveInstants(
          current.communications,
          incident.instantSource,
          now,
        )) {
          operations.push(putRecord('communications', record));
        }
      }
      await editor.commit(operations);
    },
  };
}

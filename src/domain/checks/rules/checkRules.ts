/** Every rule of `../shared/spec/checks.md`, in the order of `RULE_IDS`. */
import type { CheckRule } from '../checkContext';
import { blame } from './blame';
import { brokenPromise } from './brokenPromise';
import { inconsistentChannels } from './inconsistentChannels';
import { internalCause } from './internalCause';
import { lateAcknowledgement } from './lateAcknowledgement';
import { noFollowUp } from './noFollowUp';
import { noNextUpdate } from './noNextUpdate';
import { nonApology } from './nonApology';
import { noScope } from './noScope';
import { noWorkaround } from './noWorkaround';
import { overPromise } from './overPromise';
import { repeat } from './repeat';
import { unclearResolution } from './unclearResolution';

export const CHECK_RULES: readonly CheckRule[] = [
  lateAcknowledgement,
  nonApology,
  noNextUpdate,
  brokenPromise,
  internalCause,
  noScope,
  noWorkaround,
  overPromise,
  blame,
  repeat,
  unclearResolution,
  noFollowUp,
  inconsistentChannels,
];

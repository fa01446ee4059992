import { WORKSHOP_STEPS, type WorkshopStep } from '../../domain/model';
import type { MessageKey } from '../../i18n/Dictionary';

/** The short name of a step, as on its tab (the English names are contracts). */
export const STEP_NAME: Readonly<Record<WorkshopStep, MessageKey>> = {
  preparation: 'workshop.step.preparation',
  walk: 'workshop.step.walk',
  gaps: 'workshop.step.gaps',
  assess: 'workshop.step.assess',
  'root-causes': 'workshop.step.root-causes',
  plan: 'workshop.step.plan',
};

/** The heading of a step's panel ("Step 3 — Assess the communication"). */
export const STEP_TITLE: Readonly<Record<WorkshopStep, MessageKey>> = {
  preparation: 'workshop.title.preparation',
  walk: 'workshop.title.walk',
  gaps: 'workshop.title.gaps',
  assess: 'workshop.title.assess',
  'root-causes': 'workshop.title.root-causes',
  plan: 'workshop.title.plan',
};

/** The step's number in the play: 0 for the preparation, 1 to 5 for the timed steps. */
export function stepNumber(step: WorkshopStep): number {
  return WORKSHOP_STEPS.indexOf(step);
}

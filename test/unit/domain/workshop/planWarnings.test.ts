// The plan's anti-pattern warnings (../shared/spec/workshop.md, step 5): warnings, never blocks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from '../../../../src/domain/model';
import { MAX_PLAN_ACTIONS, planWarnings } from '../../../../src/domain/workshop/planWarnings';
import { makeAction } from '../../../factories/makeRecords';

const TODAY = '2024-03-20';
const codes = (...args: Parameters<typeof planWarnings>) =>
  planWarnings(...args).map((w) => w.code);

describe('workshop.md step 5 — plan warnings', () => {
  it('a good plan of up to three owned, dated, actionable actions has no warning', () => {
    const plan = [
      makeAction({ text: 'Write templates for payment incidents' }),
      makeAction({ text: 'Define communication roles', deadline: TODAY }),
      makeAction({ text: 'Redactar un plan de comunicación', owner: 'Luis' }),
    ];
    expect(planWarnings(plan, TODAY)).toEqual([]);
    expect(planWarnings([], TODAY)).toEqual([]);
  });

  it('more than three actions: one too-many-actions warning, with no action id', () => {
    const plan = Array.from({ length: 4 }, () => makeAction());
    expect(planWarnings(plan, TODAY)).toEqual([
      { code: 'too-many-actions', actionId: null, count: 4, max: 3 },
    ]);
    expect(MAX_PLAN_ACTIONS).toBe(3);
    expect(planWarnings(plan.slice(0, 3), TODAY)).toEqual([]);
  });

  it('an action with no owner (blank counts as none) gets no-owner', () => {
    const a = makeAction({ owner: '  ' });
    expect(planWarnings([a], TODAY)).toEqual([{ code: 'no-owner', actionId: a.id }]);
    expect(codes([makeAction({ owner: '' })], TODAY)).toEqual(['no-owner']);
  });

  it('an action with no deadline gets no-deadline (a blank deadline too)', () => {
    const a = makeAction({ deadline: null });
    expect(planWarnings([a], TODAY)).toEqual([{ code: 'no-deadline', actionId: a.id }]);
    expect(codes([makeAction({ deadline: '' })], TODAY)).toEqual(['no-deadline']);
  });

  it('a deadline before today gets deadline-past; today itself is not past', () => {
    const a = makeAction({ deadline: '2024-03-19' });
    expect(planWarnings([a], TODAY)).toEqual([
      { code: 'deadline-past', actionId: a.id, deadline: '2024-03-19', today: TODAY },
    ]);
    expect(codes([makeAction({ deadline: TODAY })], TODAY)).toEqual([]);
    expect(codes([makeAction({ deadline: '2023-12-31' })], '2024-01-01')).toEqual([
      'deadline-past',
    ]);
  });

  it('an action that does not start with a verb gets not-actionable, with its first word', () => {
    const a = makeAction({ text: 'Templates for payment incidents' });
    const b = makeAction({ text: 'Better communication' });
    const c = makeAction({ text: '   ' });
    expect(planWarnings([a, b, c], TODAY)).toEqual([
      { code: 'not-actionable', actionId: a.id, firstWord: 'templates' },
      { code: 'not-actionable', actionId: b.id, firstWord: 'better' },
      { code: 'not-actionable', actionId: c.id, firstWord: null },
    ]);
  });

  it('warnings come plan first, then per action in order: not-actionable, owner, deadline', () => {
    const a = makeAction({ text: 'Plantillas', owner: '', deadline: null });
    const b = makeAction({ owner: '', deadline: '2024-01-01' });
    const plan = [a, b, makeAction(), makeAction()];
    expect(planWarnings(plan, TODAY).map((w) => [w.code, w.actionId])).toEqual([
      ['too-many-actions', null],
      ['not-actionable', a.id],
      ['no-owner', a.id],
      ['no-deadline', a.id],
      ['no-owner', b.id],
      ['deadline-past', b.id],
    ]);
  });

  it('dropped actions are not in the plan: neither counted nor checked', () => {
    const dropped = makeAction({ status: 'dropped', owner: '', deadline: null, text: 'Better' });
    const plan = [makeAction(), makeAction(), makeAction(), dropped];
    expect(planWarnings(plan, TODAY)).toEqual([]);
  });

  it('done actions count and are checked, but a done action is never past its deadline', () => {
    const done = makeAction({ status: 'done', deadline: '2024-01-01', owner: '' });
    expect(codes([done], TODAY)).toEqual(['no-owner']);
    expect(codes([makeAction({ status: 'in-progress', deadline: '2024-01-01' })], TODAY)).toEqual([
      'deadline-past',
    ]);
  });

  it('never changes the actions it is given', () => {
    const plan = Object.freeze([Object.freeze(makeAction({ owner: '' }))]);
    const copy = structuredClone(plan);
    planWarnings(plan, TODAY);
    expect(plan).toEqual(copy);
  });

  it('property: too-many-actions iff more than three non-dropped; every warning names a checked action', () => {
    const actionArb = fc.record({
      status: fc.constantFrom(...ACTION_STATUSES),
      owner: fc.constantFrom('', ' ', 'Marta'),
      deadline: fc.constantFrom(null, '2024-01-01', TODAY, '2024-12-31'),
      text: fc.constantFrom('Write templates', 'Templates', '', 'Definir roles'),
    });
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 8 }), (specs) => {
        const plan = specs.map((s) => makeAction(s));
        const warnings = planWarnings(plan, TODAY);
        const live = plan.filter((a) => a.status !== 'dropped');
        expect(warnings.some((w) => w.code === 'too-many-actions')).toBe(live.length > 3);
        const liveIds = new Set(live.map((a) => a.id));
        for (const w of warnings) {
          if (w.code !== 'too-many-actions') expect(liveIds.has(w.actionId)).toBe(true);
        }
        for (const a of live) {
          const own = warnings.filter((w) => w.actionId === a.id).map((w) => w.code);
          expect(own.includes('no-owner')).toBe(a.owner.trim() === '');
          expect(own.includes('no-deadline')).toBe(a.deadline === null);
          expect(own.includes('deadline-past') && own.includes('no-deadline')).toBe(false);
        }
      }),
    );
  });
});

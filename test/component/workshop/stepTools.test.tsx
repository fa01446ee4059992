/** StepTools: each step's working tools under its instructions (the panels have their own tests). */
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { WORKSHOP_STEPS, type ReviewData } from '../../../src/domain/model';
import { StepTools } from '../../../src/features/workshop/StepTools';
import { makeReviewData, CHECKOUT_OUTAGE } from '../support/makeReviewData';

const { stub } = vi.hoisted(() => ({
  stub: (name: string) => (props: { data: ReviewData; zone: string }) =>
    `${name} of ${props.data.review.id} in ${props.zone}`,
}));
vi.mock('../../../src/features/workshop/preparation/PreparationPanel', () => ({
  PreparationPanel: stub('PreparationPanel'),
}));
vi.mock('../../../src/features/workshop/rootCauses/RootCausesPanel', () => ({
  RootCausesPanel: stub('RootCausesPanel'),
}));
vi.mock('../../../src/features/workshop/plan/PlanPanel', () => ({ PlanPanel: stub('PlanPanel') }));
vi.mock('../../../src/features/checks/MessageChecksPanel', () => ({
  MessageChecksPanel: stub('MessageChecksPanel'),
}));

describe('StepTools', () => {
  it('renders the preparation, message checks, root causes and plan panels on their steps, nothing on steps 1–2', () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const shown = WORKSHOP_STEPS.map((step) => {
      const { container, unmount } = render(<StepTools step={step} data={data} zone="UTC" />);
      const text = container.textContent;
      unmount();
      return [step, text];
    });
    const id = data.review.id;
    expect(shown).toEqual([
      ['preparation', `PreparationPanel of ${id} in UTC`],
      ['walk', ''],
      ['gaps', ''],
      ['assess', `MessageChecksPanel of ${id} in UTC`],
      ['root-causes', `RootCausesPanel of ${id} in UTC`],
      ['plan', `PlanPanel of ${id} in UTC`],
    ]);
    expect(screen.queryByText(/Panel/)).toBeNull();
  });
});

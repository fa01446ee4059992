/**
 * The import preview shows the summary the import worker made with the incident (where its
 * messages were parsed) and makes none on the page; an incident parsed in this thread is
 * summarised here.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportedIncidentPreview } from '../../../src/features/home/ImportedIncidentPreview';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import type { ImportedIncident } from '../../../src/import/contract';
import * as summary from '../../../src/import/summarizeImportedIncident';
import { CHECKOUT_OUTAGE, makeReviewData } from '../support/makeReviewData';

afterEach(() => vi.restoreAllMocks());

const preview = (imported: ImportedIncident) =>
  render(
    <I18nProvider initialLanguage="en">
      <ImportedIncidentPreview
        imported={imported}
        selectable={false}
        selected
        existing={false}
        onToggle={() => undefined}
      />
    </I18nProvider>,
  );

describe('the import preview of one incident', () => {
  it("shows the worker's summary and makes none", () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const made = summary.summarizeImportedIncident({ data, warnings: [], rejected: [] });
    const summarize = vi.spyOn(summary, 'summarizeImportedIncident');
    preview({
      data: { ...data, communications: [] },
      warnings: [],
      rejected: [],
      summary: { ...made, communicationCount: 100_000 },
    });
    expect(summarize).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: data.incident.title })).toBeInTheDocument();
    expect(screen.getByText(/^100,?000 communications$/)).toBeInTheDocument();
  });

  it('summarises an incident parsed in this thread', () => {
    const data = makeReviewData(CHECKOUT_OUTAGE);
    const summarize = vi.spyOn(summary, 'summarizeImportedIncident');
    preview({ data, warnings: [], rejected: [] });
    expect(summarize).toHaveBeenCalled();
    expect(screen.getByText(`${data.communications.length} communications`)).toBeInTheDocument();
  });
});

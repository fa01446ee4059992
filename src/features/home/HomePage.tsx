import { newId } from '../../domain/newId';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReviewData } from '../../domain/model';
import { makeDemoReview } from '../../domain/demo/makeDemoReview';
import type { ImportOptions } from '../../import/contract';
import { useT } from '../../i18n/useT';
import type { ReviewListItem } from '../../domain/reviewGateway';
import { useAppStore } from '../../store/useAppStore';
import { AppHeader } from '../../ui/AppHeader';
import { StorageIndicator } from '../../ui/StorageIndicator';
import { navigate, reviewHref } from '../../ui/hashRoute';
import { BackupAllButton } from './BackupAllButton';
import { browserDateOrder, browserTimeZone } from './browserDefaults';
import { copiesOfExisting } from './copiesOfExisting';
import type { DateOrder } from './DateOrderChoice';
import { DeleteReviewDialog } from './DeleteReviewDialog';
import type { ImportOutcome } from './ImportOutcome';
import { ImportPanel } from './ImportPanel';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { makeEmptyReview, type EmptyReviewInput } from './makeEmptyReview';
import { lazyParseFile } from './lazyParseFile';
import { NewReviewDialog } from './NewReviewDialog';
import type { ParseFile } from './ParseFile';
import { ReviewList } from './ReviewList';
import { StartPanel } from './StartPanel';
import { useImportFlow, type CreateOptions } from './useImportFlow';
import './home.css';

interface Props {
  /** Called after a confirmed import, before the first new review opens. */
  readonly onImported: (outcome: ImportOutcome) => void;
  /** The parser (loaded on first use; a worker for big files). */
  readonly parseFile?: ParseFile;
  /**
   * Called when an import's preview is shown: the review page it will open can load its
   * code meanwhile (evaluating it after **Import** was one more long task of the import).
   */
  readonly onPreview?: () => void;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** All reviews in this browser, and the ways to start one: import, by hand, the demo. */
export function HomePage({ onImported, parseFile = lazyParseFile, onPreview }: Props) {
  const t = useT();
  const reviews = useAppStore((s) => s.reviews);
  const loaded = useAppStore((s) => s.reviewsLoaded);
  const actions = useAppStore((s) => s.actions);
  const [zone, setZone] = useState(browserTimeZone);
  const [dateOrder, setDateOrder] = useState<DateOrder>(browserDateOrder);
  const [toDelete, setToDelete] = useState<ReviewListItem | null>(null);
  const [creating, setCreating] = useState(false);
  const [demoBusy, setDemoBusy] = useState(false);
  const [demoError, setDemoError] = useState<string | null>(null);

  useEffect(() => {
    void actions.refreshReviews();
  }, [actions]);

  const options = useCallback(
    (): Omit<ImportOptions, 'fileName'> => ({
      timeZone: zone,
      dateOrder,
      instantSource: 'display_at',
      incidentIds: null,
      newId,
      now: () => Date.now(),
    }),
    [zone, dateOrder],
  );
  const imported = useCallback(
    (outcome: ImportOutcome) => {
      onImported(outcome);
      const first = outcome.reviewIds[0];
      if (first !== undefined) navigate(reviewHref(first));
    },
    [onImported],
  );
  // A review already here (a Gapline file or backup restored beside it) comes in as a copy.
  const existingIds = useMemo(() => new Set(reviews.map((r) => r.review.id)), [reviews]);
  const createImported = useCallback(
    (data: readonly ReviewData[], create: CreateOptions) =>
      actions.createReviews(copiesOfExisting(data, existingIds, newId), create),
    [actions, existingIds],
  );
  const flow = useImportFlow({
    parseFile,
    options,
    createReviews: createImported,
    onImported: imported,
  });

  const openDemo = async () => {
    setDemoBusy(true);
    setDemoError(null);
    try {
      const [id] = await actions.createReviews([makeDemoReview(newId, Date.now())]);
      if (id !== undefined) navigate(reviewHref(id));
    } catch (e) {
      setDemoError(t('home.demoFailed', { message: errorText(e) }));
    } finally {
      setDemoBusy(false);
    }
  };
  const createEmpty = async (input: EmptyReviewInput) => {
    const [id] = await actions.createReviews([makeEmptyReview(input, newId, Date.now())]);
    setCreating(false);
    if (id !== undefined) navigate(reviewHref(id));
  };
  const preview = flow.state.phase === 'preview' ? flow.state : null;
  const previewing = preview !== null;
  useEffect(() => {
    if (previewing) onPreview?.();
  }, [previewing, onPreview]);

  return (
    <>
      <AppHeader>
        <StorageIndicator backup={<p>{t('storage.remind.home')}</p>} />
      </AppHeader>
      <main id="main" className="page home-page" tabIndex={-1}>
        <h1 className="visually-hidden">
          {t('app.name')}: {t('app.tagline')}
        </h1>
        <p className="privacy-note">{t('home.privacy')}</p>
        <div className="home-grid">
          <ImportPanel
            state={flow.state}
            zone={zone}
            onZoneChange={setZone}
            dateOrder={dateOrder}
            onDateOrderChange={setDateOrder}
            onFile={(file) =>
              // The file itself: it is read where it is parsed (a big one in the import worker).
              void flow.start(async () => file, file.name, file.name, file.size)
            }
            onPaste={(text) => void flow.start(async () => text, t('import.pastedName'), null)}
          />
          <StartPanel
            onNewReview={() => setCreating(true)}
            onOpenDemo={() => void openDemo()}
            busy={demoBusy}
            error={demoError}
          />
        </div>
        <ReviewList
          items={reviews}
          loaded={loaded}
          onDelete={setToDelete}
          footer={<BackupAllButton count={reviews.length} />}
        />
      </main>
      {preview !== null && (
        <ImportPreviewDialog
          fileName={preview.name}
          format={preview.format}
          incidents={preview.incidents}
          rejected={preview.rejected}
          selected={preview.selected}
          existingIds={existingIds}
          onToggle={flow.toggle}
          onConfirm={() => void flow.confirm()}
          onCancel={flow.cancel}
          busy={preview.saving}
          progress={preview.progress}
          error={
            preview.saveError === null ? null : t('preview.failed', { message: preview.saveError })
          }
        />
      )}
      {toDelete !== null && (
        <DeleteReviewDialog
          item={toDelete}
          onConfirm={actions.deleteReview}
          onClose={() => setToDelete(null)}
        />
      )}
      {creating && (
        <NewReviewDialog
          defaultZone={zone}
          onCreate={createEmpty}
          onClose={() => setCreating(false)}
        />
      )}
    </>
  );
}

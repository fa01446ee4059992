import { useMemo, useState } from 'react';
import { inTimeOrder } from '../../domain/inTimeOrder';
import { analyzeGaps } from '../../domain/gaps/analyzeGaps';
import type { Communication, ReviewData } from '../../domain/model';
import { selectGapAnalysis } from '../../store/selectors/selectGapAnalysis';
import { VIRTUALIZE_ABOVE } from '../../ui/table/useTableRows';
import { useAddedPerFrame } from '../../ui/useAddedPerFrame';
import { useAppStore } from '../../store/useAppStore';
import { AddCommunicationPanel } from './AddCommunicationPanel';
import { CommunicationsTable } from './CommunicationsTable';
import type { CommunicationValues } from './CommunicationValues';
import { DeleteCommunicationDialog } from './DeleteCommunicationDialog';
import { EditCommunicationDialog } from './EditCommunicationDialog';
import { GapsSection } from './GapsSection';
import { IncidentHeader } from './IncidentHeader';
import { SummaryRegion } from './SummaryRegion';
import { TimelineSection } from './TimelineSection';
import { TimelineTwin } from './TimelineTwin';
import { WorkshopSteps } from '../workshop/WorkshopSteps';
import { ExportSection } from '../export/ExportSection';

interface Props {
  readonly data: ReviewData;
  readonly zone: string;
}

/** The open review: incident header, Summary, gaps and communications, all live. */
export function ReviewWorkspace({ data, zone }: Props) {
  const actions = useAppStore((s) => s.actions);
  const selected = useAppStore(selectGapAnalysis);
  // The store's memoised analysis of the open review (`data` is that review).
  const analysis = useMemo(() => selected ?? analyzeGaps(data), [selected, data]);
  const [editing, setEditing] = useState<Communication | null>(null);
  const [deleting, setDeleting] = useState<Communication | null>(null);
  const channelName = useMemo(() => {
    const names = new Map(data.channels.map((c) => [c.id, c.name]));
    return (c: Communication) => names.get(c.channelId) ?? '';
  }, [data.channels]);
  const channelNames = useMemo(() => data.channels.map((c) => c.name), [data.channels]);
  const changeZone = (next: string) => {
    actions.setDisplayTimeZone(null);
    void actions.updateIncident({ timeZone: next });
  };
  const save = (id: string) => (values: CommunicationValues) =>
    actions.updateCommunication(id, values);

  // The sections below the first screen are added a frame apart: the drawing (while
  // preparing; in the session it is the first screen and comes at once), then the Timeline
  // table, then the Communications table and the rest. Made and laid out with the rest of
  // the page, a 10,000-message review's first render was one task of ~70–110 ms and its
  // first layout another of ~70–120 ms. A review of more than VIRTUALIZE_ABOVE messages
  // also has its gap table a frame after the first screen (and, preparing, the drawing a
  // frame after that): at 100,000 messages, with them, an import's first frame laid out
  // 1,314 objects in 18–24 ms (676 without), and the two made together were one task of
  // ~45–55 ms. A shorter one's gap table comes with the first screen: its rows are made in
  // the background, and each section added later started them again (~0.2 s later at
  // 1,000 messages).
  const step = data.session?.step ?? 'preparation';
  const sections = useAddedPerFrame(5);
  const preparing = step === 'preparation';
  const big = data.communications.length > VIRTUALIZE_ABOVE;
  const gapsAt = preparing ? (big ? 2 : 1) : 2;
  const drawingAt = preparing ? (big ? 3 : 2) : 1;
  // The latest message's instant, for the new-message form: the last in time order (the
  // list itself, known in order once checked; a pass over 100,000 took 5–12 ms).
  const lastInstant = useMemo(
    () => inTimeOrder(data.communications).at(-1)?.instant ?? null,
    [data.communications],
  );
  // In the session the drawing comes first on the shared screen; the incident's details
  // (edited while preparing) move below the Summary.
  const header = (
    <IncidentHeader
      incident={data.incident}
      zone={zone}
      onUpdate={(patch) => void actions.updateIncident(patch)}
      onZoneChange={changeZone}
    />
  );
  const summary = (
    <SummaryRegion summary={analysis.ok ? analysis.summary : null} target={data.incident.target} />
  );
  const exports = <ExportSection data={data} zone={zone} />;
  return (
    <div className={`review-workspace step-${step}`}>
      <WorkshopSteps data={data} zone={zone} />
      {step === 'preparation' && header}
      {step === 'preparation' && summary}
      {step === 'preparation' && exports}
      {sections >= drawingAt && (
        <TimelineSection
          data={data}
          analysis={analysis}
          zone={zone}
          onOpenCommunication={(id) =>
            setEditing(data.communications.find((c) => c.id === id) ?? null)
          }
        />
      )}
      {sections >= gapsAt && <GapsSection data={data} analysis={analysis} zone={zone} />}
      {sections >= gapsAt && !preparing && summary}
      {sections >= gapsAt && !preparing && exports}
      {sections >= 4 && <TimelineTwin data={data} zone={zone} onEditCommunication={setEditing} />}
      {sections >= 5 && (
        <>
          <div className="panel">
            <CommunicationsTable
              communications={data.communications}
              channels={data.channels}
              zone={zone}
              onEdit={setEditing}
              onDelete={setDeleting}
            />
          </div>
          <AddCommunicationPanel
            zone={zone}
            defaultInstant={lastInstant ?? data.incident.alert}
            channelNames={channelNames}
            onAdd={actions.addCommunication}
          />
          {step !== 'preparation' && header}
        </>
      )}
      {editing !== null && (
        <EditCommunicationDialog
          communication={editing}
          channelName={channelName(editing)}
          channelNames={channelNames}
          zone={zone}
          onSave={save(editing.id)}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting !== null && (
        <DeleteCommunicationDialog
          communication={deleting}
          channelName={channelName(deleting)}
          zone={zone}
          onConfirm={actions.deleteCommunication}
          onClose={() => setDeleting(null)}
        />
      )}
    </div>
  );
}

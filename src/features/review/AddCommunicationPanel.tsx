import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { CommunicationForm } from './CommunicationForm';
import type { CommunicationValues } from './CommunicationValues';

interface Props {
  readonly zone: string;
  readonly defaultInstant: number | null;
  readonly channelNames: readonly string[];
  readonly onAdd: (values: CommunicationValues) => Promise<void>;
}

/** Adds a forgotten email or tweet while walking the timeline. */
export function AddCommunicationPanel({ zone, defaultInstant, channelNames, onAdd }: Props) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('comms.add.heading')}</h2>
      <CommunicationForm
        initial={null}
        defaultInstant={defaultInstant}
        zone={zone}
        channelNames={channelNames}
        submitLabel={t('comms.form.add')}
        onSubmit={onAdd}
      />
    </section>
  );
}

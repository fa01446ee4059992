import type { Communication } from '../../domain/model';
import { useT } from '../../i18n/useT';
import { Modal } from '../../ui/Modal';
import { CommunicationForm } from './CommunicationForm';
import type { CommunicationValues } from './CommunicationValues';

interface Props {
  readonly communication: Communication;
  readonly channelName: string;
  readonly channelNames: readonly string[];
  readonly zone: string;
  readonly onSave: (values: CommunicationValues) => Promise<void>;
  readonly onClose: () => void;
}

/** Edits one communication in a dialog; the gaps recompute as soon as it is saved. */
export function EditCommunicationDialog(props: Props) {
  const { communication, channelName, channelNames, zone, onSave, onClose } = props;
  const t = useT();
  return (
    <Modal title={t('comms.edit.title')} onClose={onClose} size="large">
      <CommunicationForm
        initial={{
          instant: communication.instant,
          offsetMinutes: communication.offsetMinutes,
          channelName,
          author: communication.author,
          kind: communication.kind,
          text: communication.text,
        }}
        defaultInstant={null}
        zone={zone}
        channelNames={channelNames}
        submitLabel={t('comms.form.save')}
        onSubmit={async (values) => {
          await onSave(values);
          onClose();
        }}
        onCancel={onClose}
      />
    </Modal>
  );
}

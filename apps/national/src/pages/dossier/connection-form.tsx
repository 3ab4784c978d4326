import { useState, type FormEvent } from 'react';
import { CONNECTION_CHANNELS, connectionSchema, type ConnectionChannel } from '@ketnoi/domain';
import { ErrorSummary, SelectField, TextField, displayOfIsoDate, isoOfDisplayDate, todayInVietnam, type FieldError } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';

export interface ConnectionFormProps {
  /** The approval decision's date: the connection cannot be earlier. */
  readonly approvedOn: string | null;
  /** The channel the unit declared for its system, offered first. */
  readonly declaredChannel: ConnectionChannel | null;
  readonly submitting: boolean;
  readonly onRecord: (connection: { connectedOn: string; channel: ConnectionChannel; technicalReference: string }) => void;
}

/** Recording the connection of an approved dossier: the date, the channel (NDXP, LGSP, dedicated) and the technical reference. */
export function ConnectionForm({ approvedOn, declaredChannel, submitting, onRecord }: ConnectionFormProps) {
  const { t } = useT();
  const [date, setDate] = useState(displayOfIsoDate(todayInVietnam()));
  const [channel, setChannel] = useState<string>(declaredChannel ?? '');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    const connectedOn = isoOfDisplayDate(date);
    if (!connectedOn) found.push({ fieldId: 'connection-date', message: t('dossier.dateInvalid') });
    else if (connectedOn > todayInVietnam()) found.push({ fieldId: 'connection-date', message: t('dossier.connection.dateFuture') });
    else if (approvedOn && connectedOn < approvedOn) found.push({ fieldId: 'connection-date', message: t('dossier.connection.beforeApproval', { date: displayOfIsoDate(approvedOn) }) });
    if (!channel) found.push({ fieldId: 'connection-channel', message: t('dossier.connection.channelRequired') });
    const ref = connectionSchema.shape.technicalReference.safeParse(reference);
    if (!ref.success) found.push({ fieldId: 'connection-reference', message: ref.error.issues[0]!.message });
    setErrors(found);
    if (found.length === 0 && connectedOn && ref.success) onRecord({ connectedOn, channel: channel as ConnectionChannel, technicalReference: ref.data });
  };
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message ?? null;

  return (
    <form className="kn-form" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} />
      <TextField id="connection-date" label={t('dossier.connection.date')} hint={t('dossier.dateHint')} required inputMode="numeric" autoComplete="off" value={date} onChange={(e) => setDate(e.target.value)} error={errorOf('connection-date')} />
      <SelectField id="connection-channel" label={t('dossier.connection.channel')} required value={channel} onChange={(e) => setChannel(e.target.value)} error={errorOf('connection-channel')}>
        <option value="">{t('dossier.connection.chooseChannel')}</option>
        {CONNECTION_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {t(`dossier.channel.${c}`)}
          </option>
        ))}
      </SelectField>
      <TextField id="connection-reference" label={t('dossier.connection.reference')} hint={t('dossier.connection.referenceHint')} required autoComplete="off" spellCheck={false} maxLength={200} value={reference} onChange={(e) => setReference(e.target.value)} error={errorOf('connection-reference')} />
      <div className="kn-actions">
        <button type="submit" className="kn-button" disabled={submitting}>
          {submitting ? t('dossier.working') : t('dossier.connection.submit')}
        </button>
      </div>
    </form>
  );
}

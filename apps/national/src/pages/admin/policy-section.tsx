import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { newIdempotencyKey, refusalOf } from '@ketnoi/client';
import { policySchema, type Policy } from '@ketnoi/domain';
import { Alert, ErrorSummary, SelectField, TextField, type FieldError } from '@ketnoi/ui';
import { useTRPC } from '../../trpc.ts';
import { useT } from '../../use-t.ts';

/** The numeric policies, in the order of the form: stage deadlines first, then the checks they drive. */
const NUMBERS = ['provincialReviewWorkingDays', 'nationalReviewWorkingDays', 'minimumSecurityLevel', 'confirmationValidityMonths', 'accountHolderMinAge', 'accountHolderMaxAge'] as const;
type NumberField = (typeof NUMBERS)[number];
type Draft = Record<NumberField, string> & { deadlineOnResubmit: Policy['deadlineOnResubmit'] };

/** `quan-tri/chinh-sach`: stage deadlines in working days, the minimum security level and the other policies. */
export function PolicySection() {
  const { t } = useT();
  const trpc = useTRPC();
  const policy = useQuery(trpc.admin.reference.policy.get.queryOptions());
  return (
    <>
      <h2>{t('admin.section.chinh-sach')}</h2>
      <p>{t('admin.policy.intro')}</p>
      {policy.isError ? <Alert>{refusalOf(policy.error).message}</Alert> : null}
      {policy.data ? <PolicyForm key={policy.dataUpdatedAt} policy={policy.data} /> : policy.isPending ? <p role="status">{t('common.loading')}</p> : null}
    </>
  );
}

function PolicyForm({ policy }: { readonly policy: Policy }) {
  const { t } = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.admin.reference.policy.update.mutationOptions());
  const prefix = `policy-${useId().replaceAll(':', '')}`;
  const [draft, setDraft] = useState<Draft>(() => ({ ...Object.fromEntries(NUMBERS.map((f) => [f, String(policy[f])])), deadlineOnResubmit: policy.deadlineOnResubmit }) as Draft);
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  const set = (field: keyof Draft) => (e: { target: { value: string } }) => {
    setDraft((d) => ({ ...d, [field]: e.target.value }));
    key.current = newIdempotencyKey();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setRefusal(null);
    setNotice(null);
    const found: Partial<Record<keyof Draft, string>> = {};
    for (const f of NUMBERS) if (!/^\d+$/.test(draft[f].trim())) found[f] = t('admin.policy.error.number');
    const candidate = { ...Object.fromEntries(NUMBERS.map((f) => [f, Number(draft[f])])), deadlineOnResubmit: draft.deadlineOnResubmit } as Policy;
    if (Object.keys(found).length === 0) {
      const parsed = policySchema.safeParse(candidate);
      if (!parsed.success) for (const issue of parsed.error.issues) found[issue.path[0] as keyof Draft] ??= issue.message;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const changes = Object.fromEntries(Object.entries(candidate).filter(([k, v]) => policy[k as keyof Policy] !== v));
    if (Object.keys(changes).length === 0) {
      setNotice(t('admin.policy.unchanged'));
      return;
    }
    try {
      await update.mutateAsync({ idempotencyKey: key.current, changes });
      setNotice(t('admin.policy.saved'));
      void queryClient.invalidateQueries({ queryKey: trpc.admin.reference.policy.pathKey() });
    } catch (error) {
      setRefusal(refusalOf(error).message);
    }
  };

  const summary: FieldError[] = (Object.entries(errors) as [keyof Draft, string][]).map(([f, message]) => ({ fieldId: `${prefix}-${f}`, message }));
  return (
    <form className="kn-admin-form" aria-labelledby={`${prefix}-title`} noValidate onSubmit={(e) => void submit(e)}>
      <h3 id={`${prefix}-title`}>{t('admin.policy.formTitle')}</h3>
      <ErrorSummary errors={summary} />
      {refusal ? (
        <Alert>
          <span lang="vi">{refusal}</span>
        </Alert>
      ) : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {NUMBERS.map((f) => (
        <TextField key={f} id={`${prefix}-${f}`} label={t(`admin.policy.${f}`)} hint={t(`admin.policy.${f}.hint`)} inputMode="numeric" required value={draft[f]} error={errors[f] ?? null} onChange={set(f)} />
      ))}
      <SelectField id={`${prefix}-deadlineOnResubmit`} label={t('admin.policy.deadlineOnResubmit')} value={draft.deadlineOnResubmit} onChange={set('deadlineOnResubmit')}>
        <option value="restart">{t('admin.policy.deadlineOnResubmit.restart')}</option>
        <option value="resume">{t('admin.policy.deadlineOnResubmit.resume')}</option>
      </SelectField>
      <div className="kn-actions">
        <button type="submit" className="kn-button" disabled={update.isPending}>
          {update.isPending ? t('admin.saving') : t('admin.save')}
        </button>
      </div>
    </form>
  );
}

import { systemSchema, type System } from '@ketnoi/domain';

/** The system form as typed: strings, dates as `dd/MM/yyyy` (how Vietnamese administration writes them). */
export interface SystemDraft {
  name: string;
  purpose: string;
  host: string;
  operator: string;
  securityLevel: string;
  decisionNumber: string;
  decisionDate: string;
  connectionChannel: string;
}

export type SystemDraftField = keyof SystemDraft;

export const emptySystemDraft = (): SystemDraft => ({ name: '', purpose: '', host: '', operator: '', securityLevel: '', decisionNumber: '', decisionDate: '', connectionChannel: 'NDXP' });

export const draftOf = (s: System): SystemDraft => ({
  name: s.name,
  purpose: s.purpose,
  host: s.host,
  operator: s.operator,
  securityLevel: String(s.securityLevel),
  decisionNumber: s.securityLevelDecision?.numberAndSymbol ?? '',
  decisionDate: s.securityLevelDecision ? toDmy(s.securityLevelDecision.issuedOn) : '',
  connectionChannel: s.connectionChannel,
});

const toDmy = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1');
const toIso = (dmy: string): string | null => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(dmy.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
};

export interface DraftMessages {
  readonly decisionDateInvalid: string;
  readonly decisionIncomplete: string;
}

export type DraftCheck = { ok: true; system: System } | { ok: false; errors: Partial<Record<SystemDraftField, string>> };

/** Where an issue of `systemSchema` (or of the API, under `system.…`) belongs in the form. */
export function fieldOfPath(path: readonly (string | number)[]): SystemDraftField | null {
  const p = path[0] === 'system' ? path.slice(1) : path;
  if (p[0] === 'securityLevelDecision') return p[1] === 'numberAndSymbol' ? 'decisionNumber' : 'decisionDate';
  const head = p[0];
  return head === 'name' || head === 'purpose' || head === 'host' || head === 'operator' || head === 'securityLevel' || head === 'connectionChannel' ? head : null;
}

/**
 * Checks the draft with the domain's `systemSchema`, the same schema the API applies, so the
 * Vietnamese messages are the domain's; only the date format is the form's own concern.
 */
export function checkSystemDraft(draft: SystemDraft, messages: DraftMessages): DraftCheck {
  const errors: Partial<Record<SystemDraftField, string>> = {};
  const number = draft.decisionNumber.trim();
  const date = draft.decisionDate.trim();
  let decision: { numberAndSymbol: string; issuedOn: string } | null = null;
  if (number || date) {
    const iso = toIso(date);
    if (!number) errors.decisionNumber = messages.decisionIncomplete;
    if (!date) errors.decisionDate = messages.decisionIncomplete;
    else if (!iso) errors.decisionDate = messages.decisionDateInvalid;
    decision = { numberAndSymbol: number, issuedOn: iso ?? date };
  }
  const parsed = systemSchema.safeParse({
    name: draft.name,
    purpose: draft.purpose,
    host: draft.host.trim(),
    operator: draft.operator,
    securityLevel: draft.securityLevel === '' ? undefined : Number(draft.securityLevel),
    securityLevelDecision: decision,
    connectionChannel: draft.connectionChannel,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path as (string | number)[]);
      if (!field || errors[field]) continue;
      // The schema words bad dates as yyyy-MM-dd; the form asks for dd/MM/yyyy.
      errors[field] = field === 'decisionDate' ? messages.decisionDateInvalid : issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, system: parsed.data };
}

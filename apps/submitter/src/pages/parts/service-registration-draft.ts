import { serviceRegistrationSchema, validateProcedureCode, type ServiceRegistration } from '@ketnoi/domain';
import { formatViNumber, parseViNumber } from './whole-number.ts';
import type { IssuePath } from './part-issues.tsx';

/**
 * The service registration as typed. Lines and procedures keep a stable `key` (ids of their fields)
 * and `origin`, their index in the saved part, so that the completeness issues of the saved part
 * (`['lines', 0, 'procedures', 1, 'code']`) still find their field after lines are added or removed.
 */
export interface ProcedureDraft {
  readonly key: string;
  readonly origin: number | null;
  readonly code: string;
  readonly name: string;
}

export interface ServiceLineDraft {
  readonly key: string;
  readonly origin: number | null;
  readonly serviceCode: string;
  readonly procedures: readonly ProcedureDraft[];
  readonly purpose: string;
  readonly legalBasis: string;
  readonly volumePerDay: string;
  readonly peakPerSecond: string;
}

export type LineTextField = 'serviceCode' | 'purpose' | 'legalBasis' | 'volumePerDay' | 'peakPerSecond';

let counter = 0;
const newKey = () => `k${(counter += 1)}`;

export const emptyProcedure = (): ProcedureDraft => ({ key: newKey(), origin: null, code: '', name: '' });

export const emptyLine = (): ServiceLineDraft => ({
  key: newKey(),
  origin: null,
  serviceCode: '',
  procedures: [emptyProcedure()],
  purpose: '',
  legalBasis: '',
  volumePerDay: '',
  peakPerSecond: '',
});

export const draftOfServiceRegistration = (s: ServiceRegistration): ServiceLineDraft[] =>
  s.lines.map((line, i) => ({
    key: newKey(),
    origin: i,
    serviceCode: line.serviceCode,
    procedures: line.procedures.map((p, j) => ({ key: newKey(), origin: j, code: p.code, name: p.name })),
    purpose: line.purpose,
    legalBasis: line.legalBasis,
    volumePerDay: formatViNumber(line.volumePerDay),
    peakPerSecond: formatViNumber(line.peakPerSecond),
  }));

/** Ids of the controls: the checklist, ErrorSummary and the add/remove focus moves use them. */
export const ADD_LINE_ID = 'svc-add-line';
export const lineFieldId = (line: string, field: LineTextField) => `svc-${line}-${field}`;
export const addProcedureId = (line: string) => `svc-${line}-add-procedure`;
export const procedureFieldId = (line: string, procedure: string, field: 'code' | 'name') => `svc-${line}-p-${procedure}-${field}`;

const LINE_FIELDS: readonly string[] = ['serviceCode', 'purpose', 'legalBasis', 'volumePerDay', 'peakPerSecond'];

/** The field an issue path points at, finding lines and procedures by `index(…)` (saved origin, or position as sent). */
function targetIn(
  lines: readonly ServiceLineDraft[],
  path: IssuePath,
  lineAt: (i: number) => ServiceLineDraft | undefined,
  procedureAt: (line: ServiceLineDraft, j: number) => ProcedureDraft | undefined,
): string | null {
  if (path[0] !== 'lines') return null;
  if (path.length === 1) return ADD_LINE_ID;
  const line = typeof path[1] === 'number' ? lineAt(path[1]) : undefined;
  if (!line || lines.length === 0) return null;
  const field = path[2];
  if (typeof field === 'string' && LINE_FIELDS.includes(field)) return lineFieldId(line.key, field as LineTextField);
  if (field === 'procedures') {
    const procedure = typeof path[3] === 'number' ? procedureAt(line, path[3]) : undefined;
    if (!procedure) return addProcedureId(line.key);
    return procedureFieldId(line.key, procedure.key, path[4] === 'name' ? 'name' : 'code');
  }
  return lineFieldId(line.key, 'serviceCode');
}

/** For the completeness issues of the saved part. */
export const targetOfSaved = (lines: readonly ServiceLineDraft[]) => (path: IssuePath) =>
  targetIn(
    lines,
    path,
    (i) => lines.find((l) => l.origin === i),
    (line, j) => line.procedures.find((p) => p.origin === j),
  );

/** For the issues of a refused save: positions in what was sent (blank procedure rows are not sent). */
export const targetOfSent = (lines: readonly ServiceLineDraft[]) => (path: IssuePath) =>
  targetIn(
    lines,
    path,
    (i) => lines[i],
    (line, j) => line.procedures.filter((p) => !isBlankProcedure(p))[j],
  );

export const isBlankProcedure = (p: ProcedureDraft) => p.code.trim() === '' && p.name.trim() === '';

export interface ServiceDraftMessages {
  readonly serviceRequired: string;
  readonly serviceDuplicate: (firstLine: number) => string;
  readonly numberRequired: string;
  readonly numberUnreadable: string;
}

/** The message for a procedure code as typed (the domain's validator); null when valid or not typed. */
export function procedureCodeError(p: Pick<ProcedureDraft, 'code' | 'name'>): string | null {
  if (p.code.trim() === '' && p.name.trim() === '') return null;
  const result = validateProcedureCode(p.code);
  return result.ok ? null : (result.issues[0]?.message ?? null);
}

export type ServiceCheck = { readonly ok: true; readonly value: ServiceRegistration } | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/**
 * The draft as the domain's `serviceRegistrationSchema` (the API's own check) wants it. Refused here
 * too: a line without a service, the same service twice, a malformed procedure code or number.
 * Blank procedure rows are dropped; what is merely missing (purpose, legal basis, a procedure name)
 * may be saved and is listed by the completeness check.
 */
export function checkServiceDraft(lines: readonly ServiceLineDraft[], messages: ServiceDraftMessages): ServiceCheck {
  const errors: Record<string, string> = {};
  const firstOf = new Map<string, number>();
  const number = (line: ServiceLineDraft, field: 'volumePerDay' | 'peakPerSecond'): number => {
    const n = parseViNumber(line[field]);
    if (n === null) errors[lineFieldId(line.key, field)] = messages.numberRequired;
    else if (Number.isNaN(n)) errors[lineFieldId(line.key, field)] = messages.numberUnreadable;
    return n ?? 0;
  };
  const value: ServiceRegistration = {
    lines: lines.map((line, i) => {
      const code = line.serviceCode;
      if (code === '') errors[lineFieldId(line.key, 'serviceCode')] = messages.serviceRequired;
      else if (firstOf.has(code)) errors[lineFieldId(line.key, 'serviceCode')] = messages.serviceDuplicate(firstOf.get(code)! + 1);
      else firstOf.set(code, i);
      const procedures = line.procedures.filter((p) => !isBlankProcedure(p));
      for (const p of procedures) {
        const error = procedureCodeError(p);
        if (error) errors[procedureFieldId(line.key, p.key, 'code')] = error;
      }
      return {
        serviceCode: code,
        procedures: procedures.map((p) => ({ code: p.code.trim(), name: p.name.trim() })),
        purpose: line.purpose.trim(),
        legalBasis: line.legalBasis.trim(),
        volumePerDay: number(line, 'volumePerDay'),
        peakPerSecond: number(line, 'peakPerSecond'),
      };
    }),
  };
  const parsed = serviceRegistrationSchema.safeParse(value);
  if (!parsed.success) {
    const target = targetOfSent(lines);
    for (const issue of parsed.error.issues) {
      const id = target(issue.path as (string | number)[]);
      if (id && !errors[id]) errors[id] = issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}

import { normalizePhone, parseDocumentNumber, securitySurveySchema, validateEmail, type SecuritySurvey } from '@ketnoi/domain';
import { displayOfIsoDate, isoOfDisplayDate } from './display-date.ts';
import type { IssuePath } from './part-issues.tsx';
import { formatViNumber, parseViNumber } from './whole-number.ts';

/** Phiếu khảo sát đánh giá an ninh an toàn as typed: one field per control, dates `dd/MM/yyyy`. */
export interface SurveyDraft {
  /** One information type per line. */
  readonly informationTypes: string;
  readonly systemType: string;
  readonly securityLevel: string;
  readonly approvalNumber: string;
  readonly approvalDate: string;
  readonly hosting: string;
  readonly firewall: boolean;
  readonly ips: boolean;
  readonly waf: boolean;
  readonly malwareProtection: boolean;
  readonly loggingEnabled: boolean;
  readonly retentionMonths: string;
  readonly monitoringSoc: boolean;
  readonly testKind: string;
  readonly testOn: string;
  readonly backupEnabled: boolean;
  readonly backupTested: boolean;
  readonly officerName: string;
  readonly officerPosition: string;
  readonly officerEmail: string;
  readonly officerPhone: string;
}

export type SurveyField = keyof SurveyDraft;
export type SurveyTextField = { [K in SurveyField]: SurveyDraft[K] extends string ? K : never }[SurveyField];
export type SurveyFlag = { [K in SurveyField]: SurveyDraft[K] extends boolean ? K : never }[SurveyField];
export type SurveyErrors = Partial<Record<SurveyField, string>>;

/** The order of the fields on the page (the error summary follows it). */
export const SURVEY_FIELDS: readonly SurveyField[] = [
  'informationTypes',
  'systemType',
  'securityLevel',
  'approvalNumber',
  'approvalDate',
  'hosting',
  'firewall',
  'ips',
  'waf',
  'malwareProtection',
  'loggingEnabled',
  'retentionMonths',
  'monitoringSoc',
  'testKind',
  'testOn',
  'backupEnabled',
  'backupTested',
  'officerName',
  'officerPosition',
  'officerEmail',
  'officerPhone',
];

export const surveyFieldId = (f: SurveyField) => `survey-${f}`;

export const emptySurveyDraft = (): SurveyDraft => ({
  informationTypes: '',
  systemType: '',
  securityLevel: '',
  approvalNumber: '',
  approvalDate: '',
  hosting: '',
  firewall: false,
  ips: false,
  waf: false,
  malwareProtection: false,
  loggingEnabled: false,
  retentionMonths: '',
  monitoringSoc: false,
  testKind: '',
  testOn: '',
  backupEnabled: false,
  backupTested: false,
  officerName: '',
  officerPosition: '',
  officerEmail: '',
  officerPhone: '',
});

export const surveyDraftOf = (s: SecuritySurvey | null): SurveyDraft =>
  s
    ? {
        informationTypes: s.informationTypes.join('\n'),
        systemType: s.systemType,
        securityLevel: String(s.securityLevel),
        approvalNumber: s.securityLevelApproval.numberAndSymbol,
        approvalDate: displayOfIsoDate(s.securityLevelApproval.issuedOn),
        hosting: s.hosting,
        firewall: s.network.firewall,
        ips: s.network.ips,
        waf: s.network.waf,
        malwareProtection: s.malwareProtection,
        loggingEnabled: s.logging.enabled,
        retentionMonths: s.logging.retentionMonths === 0 && !s.logging.enabled ? '' : formatViNumber(s.logging.retentionMonths),
        monitoringSoc: s.monitoringSoc,
        testKind: s.lastVulnerabilityTest?.kind ?? '',
        testOn: displayOfIsoDate(s.lastVulnerabilityTest?.on),
        backupEnabled: s.backup.enabled,
        backupTested: s.backup.tested,
        officerName: s.securityOfficer.name,
        officerPosition: s.securityOfficer.position,
        officerEmail: s.securityOfficer.email,
        officerPhone: s.securityOfficer.phone,
      }
    : emptySurveyDraft();

/** Nothing typed, nothing ticked: the survey is not filled yet (saved as null). */
export const isBlankSurvey = (d: SurveyDraft) => SURVEY_FIELDS.every((f) => (typeof d[f] === 'boolean' ? d[f] === false : (d[f] as string).trim() === ''));

const BY_PATH: Readonly<Record<string, SurveyField>> = {
  informationTypes: 'informationTypes',
  systemType: 'systemType',
  securityLevel: 'securityLevel',
  securityLevelApproval: 'approvalNumber',
  'securityLevelApproval.numberAndSymbol': 'approvalNumber',
  'securityLevelApproval.issuedOn': 'approvalDate',
  hosting: 'hosting',
  network: 'firewall',
  'network.firewall': 'firewall',
  'network.ips': 'ips',
  'network.waf': 'waf',
  malwareProtection: 'malwareProtection',
  logging: 'loggingEnabled',
  'logging.enabled': 'loggingEnabled',
  'logging.retentionMonths': 'retentionMonths',
  monitoringSoc: 'monitoringSoc',
  lastVulnerabilityTest: 'testKind',
  'lastVulnerabilityTest.kind': 'testKind',
  'lastVulnerabilityTest.on': 'testOn',
  backup: 'backupEnabled',
  'backup.enabled': 'backupEnabled',
  'backup.tested': 'backupTested',
  securityOfficer: 'officerName',
  'securityOfficer.name': 'officerName',
  'securityOfficer.position': 'officerPosition',
  'securityOfficer.email': 'officerEmail',
  'securityOfficer.phone': 'officerPhone',
};

/** The survey field a path inside the survey (`['securityOfficer', 'email']`) points at. */
export function surveyFieldOfPath(path: IssuePath): SurveyField | null {
  const names = path.filter((p): p is string => typeof p === 'string');
  return BY_PATH[names.slice(0, 2).join('.')] ?? BY_PATH[names[0] ?? ''] ?? null;
}

export interface SurveyMessages {
  readonly dateInvalid: string;
  readonly hostingRequired: string;
  readonly monthsInvalid: string;
  readonly testKindRequired: string;
}

export type SurveyCheck = { readonly ok: true; readonly survey: SecuritySurvey | null } | { readonly ok: false; readonly errors: SurveyErrors };

/** The message for one field when the user leaves it: malformed number and symbol, e-mail, phone, date. */
export function checkSurveyField(field: SurveyField, value: string, messages: Pick<SurveyMessages, 'dateInvalid'>): string | null {
  if (value.trim() === '') return null;
  switch (field) {
    case 'approvalNumber': {
      const r = parseDocumentNumber(value);
      return r.ok ? null : (r.issues[0]?.message ?? null);
    }
    case 'officerEmail': {
      const r = validateEmail(value);
      return r.ok ? null : (r.issues[0]?.message ?? null);
    }
    case 'officerPhone': {
      const r = normalizePhone(value);
      return r.ok ? null : (r.issues[0]?.message ?? null);
    }
    case 'approvalDate':
    case 'testOn':
      return isoOfDisplayDate(value) ? null : messages.dateInvalid;
    default:
      return null;
  }
}

/**
 * The typed survey as the domain's `securitySurveySchema` (the API's own check) wants it, with the
 * domain's Vietnamese messages. What is merely missing (system type, officer…) may be saved and is
 * listed by the completeness check; what is malformed is refused here.
 */
export function checkSurveyDraft(d: SurveyDraft, messages: SurveyMessages): SurveyCheck {
  if (isBlankSurvey(d)) return { ok: true, survey: null };
  const errors: SurveyErrors = {};
  for (const f of ['approvalNumber', 'approvalDate', 'testOn', 'officerEmail', 'officerPhone'] as const) {
    const message = checkSurveyField(f, d[f], messages);
    if (message) errors[f] = message;
  }
  const approvalDate = isoOfDisplayDate(d.approvalDate);
  if (!approvalDate) errors.approvalDate = messages.dateInvalid;
  if (d.hosting === '') errors.hosting = messages.hostingRequired;
  const months = parseViNumber(d.retentionMonths) ?? 0;
  if (Number.isNaN(months) || !Number.isInteger(months) || months < 0) errors.retentionMonths = messages.monthsInvalid;
  const testOn = isoOfDisplayDate(d.testOn);
  if (d.testKind === '' && d.testOn.trim() !== '') errors.testKind = messages.testKindRequired;
  if (d.testKind !== '' && !testOn) errors.testOn = messages.dateInvalid;

  const parsed = securitySurveySchema.safeParse({
    informationTypes: d.informationTypes
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    systemType: d.systemType.trim(),
    securityLevel: d.securityLevel === '' ? undefined : Number(d.securityLevel),
    securityLevelApproval: { numberAndSymbol: d.approvalNumber.trim(), issuedOn: approvalDate ?? d.approvalDate },
    hosting: d.hosting,
    network: { firewall: d.firewall, ips: d.ips, waf: d.waf },
    malwareProtection: d.malwareProtection,
    logging: { enabled: d.loggingEnabled, retentionMonths: months },
    monitoringSoc: d.monitoringSoc,
    lastVulnerabilityTest: d.testKind === '' ? null : { kind: d.testKind, on: testOn ?? d.testOn },
    backup: { enabled: d.backupEnabled, tested: d.backupTested },
    securityOfficer: { name: d.officerName.trim(), position: d.officerPosition.trim(), email: d.officerEmail.trim(), phone: d.officerPhone.trim() },
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = surveyFieldOfPath(issue.path as (string | number)[]);
      if (field && !errors[field]) errors[field] = issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, survey: parsed.data };
}

import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../reference';
import { checkCompleteness, isComplete, type CompletenessInput } from './completeness';
import { emptyDossierContent } from './content';
import { account, birthPrefixes, completeContent, serviceCatalogue, system, TODAY } from './fixtures.test-support';

const input = (over: Partial<CompletenessInput> = {}): CompletenessInput => ({
  content: completeContent(),
  system: system(),
  serviceCatalogue,
  birthPrefixes,
  policy: DEFAULT_POLICY,
  today: TODAY,
  ...over,
});
const found = (issues: ReturnType<typeof checkCompleteness>) => issues.map((i) => `${i.code}@${(i.path ?? []).join('.')}`);

describe('checkCompleteness', () => {
  it('passes a complete dossier with no issues', () => {
    const issues = checkCompleteness(input());
    expect(issues).toEqual([]);
    expect(isComplete(issues)).toBe(true);
  });

  it('lists every missing part of an empty draft at once, each path starting with its part', () => {
    const issues = checkCompleteness(input({ content: emptyDossierContent() }));
    expect(found(issues)).toEqual([
      'ORG_COMMITMENT_MISSING@ORG_COMMITMENT.document',
      'ACCOUNT_LIST_EMPTY@ACCOUNT_LIST.rows',
      'SERVICE_REGISTRATION_EMPTY@SERVICE_REGISTRATION.lines',
      'SECURITY_SURVEY_MISSING@SECURITY_CONFIRMATION.survey',
      'SECURITY_CONFIRMATION_MISSING@SECURITY_CONFIRMATION.confirmation.document',
      'SECURITY_CONFIRMATION_RESULT_MISSING@SECURITY_CONFIRMATION.confirmation.result',
    ]);
    expect(isComplete(issues)).toBe(false);
  });

  it('checks service lines: catalogue, active, duplicates, procedure codes, required texts', () => {
    const content = completeContent();
    const [first, second] = content.serviceRegistration.lines;
    if (!first || !second) throw new Error('fixture');
    content.serviceRegistration.lines = [
      { ...first, procedures: [first.procedures[0]!, { code: '1.00123', name: '' }] },
      { ...second, serviceCode: 'KHONG_CO', purpose: ' ' },
      { ...second, serviceCode: 'TRA_CUU_CU_TRU', legalBasis: '', procedures: [] },
      { ...first, volumePerDay: -1 },
    ];
    content.accounts = [account(0)];
    expect(found(checkCompleteness(input({ content })))).toEqual([
      'PROCEDURE_CODE_NATIONAL_FORMAT@SERVICE_REGISTRATION.lines.0.procedures.1.code',
      'PROCEDURE_NAME_REQUIRED@SERVICE_REGISTRATION.lines.0.procedures.1.name',
      'SERVICE_UNKNOWN@SERVICE_REGISTRATION.lines.1.serviceCode',
      'SERVICE_PURPOSE_REQUIRED@SERVICE_REGISTRATION.lines.1.purpose',
      'SERVICE_INACTIVE@SERVICE_REGISTRATION.lines.2.serviceCode',
      'SERVICE_PROCEDURES_EMPTY@SERVICE_REGISTRATION.lines.2.procedures',
      'SERVICE_LEGAL_BASIS_REQUIRED@SERVICE_REGISTRATION.lines.2.legalBasis',
      'SERVICE_DUPLICATE@SERVICE_REGISTRATION.lines.3.serviceCode',
      'SERVICE_VOLUME_INVALID@SERVICE_REGISTRATION.lines.3.volumePerDay',
    ]);
  });

  it('re-validates accounts against the services registered in part 3, not the whole catalogue', () => {
    const content = completeContent();
    content.serviceRegistration.lines = content.serviceRegistration.lines.filter((l) => l.serviceCode === 'TRA_CUU_THONG_TIN');
    content.accounts[0] = account(0, { phone: '+84212345678' });
    expect(found(checkCompleteness(input({ content })))).toEqual([
      'PHONE_NOT_MOBILE@ACCOUNT_LIST.rows.2.phone',
      'SERVICE_NOT_REGISTERED@ACCOUNT_LIST.rows.3.services',
    ]);
  });

  it('keeps account warnings non-blocking', () => {
    const content = completeContent();
    content.accounts[0] = account(0, { email: 'hanh@gmail.com' });
    const issues = checkCompleteness(input({ content }));
    expect(found(issues)).toEqual(['EMAIL_NOT_GOV_VN@ACCOUNT_LIST.rows.2.email']);
    expect(issues[0]?.severity).toBe('warning');
    expect(isComplete(issues)).toBe(true);
  });

  it('requires the signed files and refuses documents dated in the future', () => {
    const content = completeContent();
    content.orgCommitment.document = { ...content.orgCommitment.document!, fileId: null, signer: ' ' };
    content.securityConfirmation.confirmation.document = { ...content.securityConfirmation.confirmation.document!, fileId: null, issuedOn: '2026-11-29' };
    expect(found(checkCompleteness(input({ content })))).toEqual([
      'DOCUMENT_FIELD_REQUIRED@ORG_COMMITMENT.document.signer',
      'ORG_COMMITMENT_FILE_MISSING@ORG_COMMITMENT.document.fileId',
      'DOCUMENT_ISSUED_IN_FUTURE@SECURITY_CONFIRMATION.confirmation.document.issuedOn',
      'SECURITY_CONFIRMATION_FILE_MISSING@SECURITY_CONFIRMATION.confirmation.document.fileId',
    ]);
  });

  it('requires a passing, unexpired confirmation', () => {
    const content = completeContent();
    content.securityConfirmation.confirmation.result = 'NOT_PASSED';
    content.securityConfirmation.confirmation.validUntil = '2026-11-27';
    expect(found(checkCompleteness(input({ content })))).toEqual([
      'SECURITY_CONFIRMATION_NOT_PASSED@SECURITY_CONFIRMATION.confirmation.result',
      'SECURITY_CONFIRMATION_EXPIRED@SECURITY_CONFIRMATION.confirmation.validUntil',
    ]);
    content.securityConfirmation.confirmation.result = 'PASSED_WITH_CONDITIONS';
    content.securityConfirmation.confirmation.validUntil = TODAY;
    const issues = checkCompleteness(input({ content }));
    expect(found(issues)).toEqual(['SECURITY_CONFIRMATION_CONDITIONAL@SECURITY_CONFIRMATION.confirmation.result']);
    expect(isComplete(issues)).toBe(true);
  });

  it('applies the policy validity (24 months from issue) when the document gives no date', () => {
    const content = completeContent();
    content.securityConfirmation.confirmation.document = { ...content.securityConfirmation.confirmation.document!, numberAndSymbol: '9/A05-P3', issuedOn: '2024-11-28' };
    expect(checkCompleteness(input({ content }))).toEqual([]);
    content.securityConfirmation.confirmation.document.issuedOn = '2024-11-27';
    expect(found(checkCompleteness(input({ content })))).toEqual(['SECURITY_CONFIRMATION_EXPIRED@SECURITY_CONFIRMATION.confirmation.validUntil']);
  });

  it('checks the survey fields', () => {
    const content = completeContent();
    const survey = content.securityConfirmation.survey!;
    content.securityConfirmation.survey = {
      ...survey,
      informationTypes: [' '],
      securityLevel: 4,
      securityOfficer: { ...survey.securityOfficer, email: 'x', phone: '123' },
      lastVulnerabilityTest: { kind: 'SCAN', on: '2027-01-01' },
    };
    expect(found(checkCompleteness(input({ content })))).toEqual([
      'SURVEY_INFORMATION_TYPES_REQUIRED@SECURITY_CONFIRMATION.survey.informationTypes',
      'SURVEY_SECURITY_LEVEL_MISMATCH@SECURITY_CONFIRMATION.survey.securityLevel',
      'SURVEY_TEST_DATE_IN_FUTURE@SECURITY_CONFIRMATION.survey.lastVulnerabilityTest.on',
      'EMAIL_FORMAT@SECURITY_CONFIRMATION.survey.securityOfficer.email',
      'PHONE_FORMAT@SECURITY_CONFIRMATION.survey.securityOfficer.phone',
    ]);
  });

  it('requires the system to reach the policy minimum level with its approval decision (TT 46/2022)', () => {
    const content = completeContent();
    content.securityConfirmation.survey!.securityLevel = 2;
    expect(found(checkCompleteness(input({ content, system: { ...system(), securityLevel: 2, securityLevelDecision: null } })))).toEqual([
      'SECURITY_LEVEL_TOO_LOW@SYSTEM.securityLevel',
      'SYSTEM_SECURITY_LEVEL_DECISION_MISSING@SYSTEM.securityLevelDecision',
    ]);
    expect(found(checkCompleteness(input({ system: { ...system(), securityLevelDecision: { numberAndSymbol: 'abc', issuedOn: '2024-05-02' } } })))).toEqual([
      'DOCUMENT_NUMBER_FORMAT@SYSTEM.securityLevelDecision.numberAndSymbol',
    ]);
  });

  it('never puts an ID number or phone into a message', () => {
    const content = completeContent();
    content.accounts = [account(0, { phone: '+84212345678' }), account(0, { rowNumber: 3, username: 'other' })];
    const text = JSON.stringify(checkCompleteness(input({ content })).map((i) => i.message));
    expect(text).not.toContain(content.accounts[0]!.personalId);
    expect(text).not.toContain('212345678');
    expect(text).toContain('dòng 2');
  });
});

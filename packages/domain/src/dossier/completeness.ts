import type { z } from 'zod';
import { accountRowToRaw, validateAccountList } from '../account-list/validate';
import { error, warning, type Issue } from '../issue';
import type { BirthPrefix, Policy, ServiceCatalogueEntry } from '../reference';
import { addMonths, isIsoDate } from '../values/date';
import { checkDocumentReference, documentReferenceSchema, parseDocumentNumber, type DocumentReference } from '../values/document-reference';
import { validateEmail } from '../values/email';
import { normalizePhone } from '../values/phone';
import { validateProcedureCode } from '../values/procedure-code';
import { checkSecurityLevel } from '../values/security-level';
import type { DossierContent, SecuritySurvey, System } from './content';

export interface CompletenessInput {
  content: DossierContent;
  system: System;
  serviceCatalogue: readonly ServiceCatalogueEntry[];
  birthPrefixes: readonly BirthPrefix[];
  policy: Policy;
  /** yyyy-MM-dd, Asia/Ho_Chi_Minh */
  today: string;
}

type Path = readonly (string | number)[];

const blank = (s: string | null | undefined): boolean => s === null || s === undefined || s.trim() === '';

const zodIssues = (result: z.ZodSafeParseResult<unknown>, path: Path, code: string): Issue[] =>
  result.success ? [] : result.error.issues.map((i) => error(code, i.message, [...path, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]));

/**
 * A signed document that a part needs: present, with its PDF, well-formed, not dated in the future
 * (domain.md §5 "Document reference").
 */
const documentSigningSchema = documentReferenceSchema.pick({ issuer: true, signer: true, signerPosition: true });

const checkDocument = (doc: DocumentReference | null, path: Path, today: string, missing: Issue, fileMissing: Issue): Issue[] => {
  if (doc === null) return [missing];
  const issues = checkDocumentReference(doc, today, path);
  issues.push(...zodIssues(documentSigningSchema.safeParse(doc), path, 'DOCUMENT_FIELD_REQUIRED'));
  if (doc.fileId === null) issues.push(fileMissing);
  return issues;
};

const checkDecisionReference = (ref: { numberAndSymbol: string; issuedOn: string }, path: Path, today: string): Issue[] => {
  const issues: Issue[] = [];
  if (!parseDocumentNumber(ref.numberAndSymbol).ok) {
    issues.push(error('DOCUMENT_NUMBER_FORMAT', 'Số, ký hiệu quyết định không đúng định dạng (ví dụ 12/QĐ-UBND).', [...path, 'numberAndSymbol']));
  }
  if (!isIsoDate(ref.issuedOn)) issues.push(error('DOCUMENT_ISSUED_ON_INVALID', 'Ngày ban hành phải là một ngày có thật.', [...path, 'issuedOn']));
  else if (ref.issuedOn > today) issues.push(error('DOCUMENT_ISSUED_IN_FUTURE', 'Ngày ban hành không được sau ngày hôm nay.', [...path, 'issuedOn']));
  return issues;
};

const checkOrgCommitment = ({ content, today }: CompletenessInput): Issue[] => {
  const path = ['ORG_COMMITMENT', 'document'];
  return checkDocument(
    content.orgCommitment.document,
    path,
    today,
    error('ORG_COMMITMENT_MISSING', 'Thiếu Bản cam kết bảo đảm an ninh, an toàn và bảo mật thông tin của tổ chức (do thủ trưởng đơn vị ký).', path),
    error('ORG_COMMITMENT_FILE_MISSING', 'Cần đính kèm tệp PDF bản cam kết đã ký.', [...path, 'fileId']),
  );
};

const checkAccountList = ({ content, birthPrefixes, policy, today }: CompletenessInput): Issue[] => {
  if (content.accounts.length === 0) {
    return [error('ACCOUNT_LIST_EMPTY', 'Danh sách tài khoản cần có ít nhất một người sử dụng.', ['ACCOUNT_LIST', 'rows'])];
  }
  // Services used by an account must be registered in part 3 of this dossier, not just exist.
  const serviceCodes = content.serviceRegistration.lines.map((l) => l.serviceCode);
  const { findings } = validateAccountList(content.accounts.map(accountRowToRaw), { birthPrefixes, serviceCodes, today, policy });
  return findings.map(({ code, message, severity, path }) => (path ? { code, message, severity, path } : { code, message, severity }));
};

const checkServiceRegistration = ({ content, serviceCatalogue }: CompletenessInput): Issue[] => {
  const base = ['SERVICE_REGISTRATION', 'lines'] as const;
  const lines = content.serviceRegistration.lines;
  if (lines.length === 0) {
    return [error('SERVICE_REGISTRATION_EMPTY', 'Phiếu đăng ký cần có ít nhất một dịch vụ sử dụng.', [...base])];
  }
  const catalogue = new Map(serviceCatalogue.map((s) => [s.code, s]));
  const firstLineOf = new Map<string, number>();
  const issues: Issue[] = [];
  lines.forEach((line, i) => {
    const at = (...rest: (string | number)[]) => [...base, i, ...rest];
    const entry = catalogue.get(line.serviceCode);
    if (blank(line.serviceCode)) issues.push(error('SERVICE_REQUIRED', 'Cần chọn dịch vụ.', at('serviceCode')));
    else if (!entry) issues.push(error('SERVICE_UNKNOWN', `Dịch vụ "${line.serviceCode}" không có trong danh mục dịch vụ dân cư.`, at('serviceCode')));
    else if (!entry.active) issues.push(error('SERVICE_INACTIVE', `Dịch vụ "${entry.name}" đã ngừng cung cấp; hãy chọn dịch vụ khác.`, at('serviceCode')));
    const first = firstLineOf.get(line.serviceCode);
    if (first === undefined) firstLineOf.set(line.serviceCode, i);
    else issues.push(error('SERVICE_DUPLICATE', `Dịch vụ này đã được đăng ký ở dòng ${first + 1}; hãy gộp các thủ tục vào một dòng.`, at('serviceCode')));

    if (line.procedures.length === 0) {
      issues.push(error('SERVICE_PROCEDURES_EMPTY', 'Cần ghi ít nhất một thủ tục hành chính mà dịch vụ phục vụ.', at('procedures')));
    }
    line.procedures.forEach((p, j) => {
      const code = validateProcedureCode(p.code);
      if (!code.ok) for (const issue of code.issues) issues.push(error(issue.code, issue.message, at('procedures', j, 'code')));
      if (blank(p.name)) issues.push(error('PROCEDURE_NAME_REQUIRED', 'Cần ghi tên thủ tục hành chính.', at('procedures', j, 'name')));
    });
    if (blank(line.purpose)) issues.push(error('SERVICE_PURPOSE_REQUIRED', 'Cần ghi mục đích sử dụng dịch vụ.', at('purpose')));
    if (blank(line.legalBasis)) issues.push(error('SERVICE_LEGAL_BASIS_REQUIRED', 'Cần ghi căn cứ pháp lý cho việc sử dụng dịch vụ.', at('legalBasis')));
    if (!Number.isInteger(line.volumePerDay) || line.volumePerDay < 0) {
      issues.push(error('SERVICE_VOLUME_INVALID', 'Lưu lượng dự kiến mỗi ngày phải là số nguyên không âm.', at('volumePerDay')));
    }
    if (!Number.isInteger(line.peakPerSecond) || line.peakPerSecond < 0) {
      issues.push(error('SERVICE_PEAK_INVALID', 'Lưu lượng cao điểm mỗi giây phải là số nguyên không âm.', at('peakPerSecond')));
    }
  });
  return issues;
};

const checkSurvey = (survey: SecuritySurvey, input: CompletenessInput): Issue[] => {
  const path = ['SECURITY_CONFIRMATION', 'survey'];
  const at = (...rest: string[]) => [...path, ...rest];
  const issues: Issue[] = [];
  if (survey.informationTypes.filter((t) => !blank(t)).length === 0) {
    issues.push(error('SURVEY_INFORMATION_TYPES_REQUIRED', 'Phiếu khảo sát cần nêu các loại thông tin hệ thống xử lý.', at('informationTypes')));
  }
  if (blank(survey.systemType)) issues.push(error('SURVEY_SYSTEM_TYPE_REQUIRED', 'Phiếu khảo sát cần nêu loại hệ thống.', at('systemType')));
  if (survey.securityLevel !== input.system.securityLevel) {
    issues.push(error('SURVEY_SECURITY_LEVEL_MISMATCH', 'Cấp độ an toàn trong phiếu khảo sát khác với cấp độ đã khai cho hệ thống thông tin.', at('securityLevel')));
  }
  issues.push(...checkDecisionReference(survey.securityLevelApproval, at('securityLevelApproval'), input.today));
  if (survey.logging.enabled && survey.logging.retentionMonths <= 0) {
    issues.push(error('SURVEY_LOG_RETENTION_REQUIRED', 'Cần ghi thời gian lưu nhật ký hệ thống (số tháng).', at('logging', 'retentionMonths')));
  }
  if (survey.lastVulnerabilityTest && survey.lastVulnerabilityTest.on > input.today) {
    issues.push(error('SURVEY_TEST_DATE_IN_FUTURE', 'Ngày kiểm tra, đánh giá lỗ hổng không được sau ngày hôm nay.', at('lastVulnerabilityTest', 'on')));
  }
  const officer = survey.securityOfficer;
  if (blank(officer.name)) issues.push(error('SURVEY_OFFICER_NAME_REQUIRED', 'Cần ghi họ tên cán bộ phụ trách an toàn thông tin.', at('securityOfficer', 'name')));
  if (blank(officer.position)) issues.push(error('SURVEY_OFFICER_POSITION_REQUIRED', 'Cần ghi chức vụ cán bộ phụ trách an toàn thông tin.', at('securityOfficer', 'position')));
  const email = validateEmail(officer.email);
  for (const i of email.ok ? email.warnings : email.issues) issues.push({ ...i, path: at('securityOfficer', 'email') });
  const phone = normalizePhone(officer.phone);
  if (!phone.ok) for (const i of phone.issues) issues.push({ ...i, path: at('securityOfficer', 'phone') });
  return issues;
};

const checkSecurityConfirmation = (input: CompletenessInput): Issue[] => {
  const { survey, confirmation } = input.content.securityConfirmation;
  const issues: Issue[] = [];
  if (survey === null) {
    issues.push(error('SECURITY_SURVEY_MISSING', 'Cần điền Phiếu khảo sát đánh giá an ninh an toàn của hệ thống.', ['SECURITY_CONFIRMATION', 'survey']));
  } else {
    issues.push(...checkSurvey(survey, input));
  }
  const path = ['SECURITY_CONFIRMATION', 'confirmation'];
  const docPath = [...path, 'document'];
  issues.push(
    ...checkDocument(
      confirmation.document,
      docPath,
      input.today,
      error(
        'SECURITY_CONFIRMATION_MISSING',
        'Thiếu văn bản xác nhận bảo đảm bảo mật, an ninh, an toàn thông tin của hệ thống (do A05 và Cục Kỹ thuật nghiệp vụ, Bộ Công an cấp).',
        docPath,
      ),
      error('SECURITY_CONFIRMATION_FILE_MISSING', 'Cần đính kèm tệp PDF văn bản xác nhận an ninh, an toàn thông tin.', [...docPath, 'fileId']),
    ),
  );
  if (confirmation.result === null) {
    issues.push(error('SECURITY_CONFIRMATION_RESULT_MISSING', 'Cần ghi kết quả xác nhận an ninh, an toàn thông tin.', [...path, 'result']));
  } else if (confirmation.result === 'NOT_PASSED') {
    issues.push(error('SECURITY_CONFIRMATION_NOT_PASSED', 'Hệ thống chưa đạt yêu cầu an ninh, an toàn thông tin nên chưa thể đăng ký kết nối.', [...path, 'result']));
  } else if (confirmation.result === 'PASSED_WITH_CONDITIONS') {
    issues.push(warning('SECURITY_CONFIRMATION_CONDITIONAL', 'Hệ thống đạt yêu cầu có điều kiện; người thẩm định cần xem các điều kiện kèm theo.', [...path, 'result']));
  }
  // [policy] A confirmation is valid for confirmationValidityMonths from its issue date unless it says otherwise (domain.md §4).
  const issuedOn = confirmation.document?.issuedOn;
  const validUntil = confirmation.validUntil ?? (issuedOn && isIsoDate(issuedOn) ? addMonths(issuedOn, input.policy.confirmationValidityMonths) : null);
  if (validUntil !== null && validUntil < input.today) {
    issues.push(error('SECURITY_CONFIRMATION_EXPIRED', 'Văn bản xác nhận an ninh, an toàn thông tin đã hết hiệu lực; cần đề nghị xác nhận lại.', [...path, 'validUntil']));
  }
  return issues;
};

const checkSystem = ({ system, policy, today }: CompletenessInput): Issue[] => {
  const issues: Issue[] = [];
  if (blank(system.name)) issues.push(error('SYSTEM_NAME_REQUIRED', 'Cần ghi tên hệ thống thông tin.', ['SYSTEM', 'name']));
  issues.push(...checkSecurityLevel(system.securityLevel, policy, ['SYSTEM', 'securityLevel']));
  if (system.securityLevelDecision === null) {
    issues.push(
      error(
        'SYSTEM_SECURITY_LEVEL_DECISION_MISSING',
        'Cần ghi số, ký hiệu và ngày của quyết định phê duyệt cấp độ an toàn hệ thống thông tin (Nghị định 85/2016).',
        ['SYSTEM', 'securityLevelDecision'],
      ),
    );
  } else {
    issues.push(...checkDecisionReference(system.securityLevelDecision, ['SYSTEM', 'securityLevelDecision'], today));
  }
  return issues;
};

/**
 * Whether a dossier may be submitted (domain.md §4: "blocked until the completeness check passes, and
 * shows every failing item at once"). Returns every issue, errors and warnings, part by part; each path
 * starts with the part (or 'SYSTEM'). Account-list paths carry the spreadsheet row number.
 */
export const checkCompleteness = (input: CompletenessInput): Issue[] => [
  ...checkOrgCommitment(input),
  ...checkAccountList(input),
  ...checkServiceRegistration(input),
  ...checkSecurityConfirmation(input),
  ...checkSystem(input),
];

/** Submission is allowed when no issue is an error; warnings are shown but do not block. */
export const isComplete = (issues: readonly Issue[]): boolean => issues.every((i) => i.severity !== 'error');

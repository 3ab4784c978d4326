import { isCalendarDate } from '../calendar/calendar-date';
import { error, type Result } from '../issue';
import type { Province } from '../reference';
import type { Routing } from './routing';

export interface RouteDossierInput {
  readonly ownerUnit: { readonly level: 'CENTRAL' | 'LOCAL'; readonly provinceCode: string | null };
  readonly provinces: readonly Province[];
  /** The day the dossier is routed (`yyyy-MM-dd`, Asia/Ho_Chi_Minh): submission or resubmission. */
  readonly on: string;
}

const isValidOn = (p: Province, on: string): boolean => p.validFrom <= on && (p.validTo === null || on < p.validTo);

/**
 * Route a dossier (domain.md §1 "Routing"). Only the owner unit decides: never the account list,
 * whose ID prefixes are birth-registration places (the input has no place for it on purpose).
 * A local unit's province is followed through successor links to the province valid on `on`,
 * so a unit recorded before the 2025 mergers queues at its successor's PC06 (domain.md §2).
 */
export const routeDossier = (input: RouteDossierInput): Result<Routing> => {
  if (!isCalendarDate(input.on)) throw new RangeError(`Not a calendar date: ${JSON.stringify(input.on)}`);
  if (input.ownerUnit.level === 'CENTRAL') return { ok: true, value: { route: 'NATIONAL' }, warnings: [] };

  const filed = input.ownerUnit.provinceCode;
  if (filed === null || filed === '') {
    return fail('OWNER_UNIT_PROVINCE_MISSING', 'Đơn vị chủ quản cấp địa phương chưa có tỉnh, thành phố: quản trị viên cần cập nhật trước khi nộp hồ sơ.');
  }
  const byCode = new Map(input.provinces.map((p) => [p.code, p]));
  const seen = new Set<string>();
  let province = byCode.get(filed);
  if (!province) return fail('PROVINCE_UNKNOWN', `Không tìm thấy tỉnh, thành phố có mã ${filed} trong danh mục.`);
  while (!isValidOn(province, input.on)) {
    if (province.validFrom > input.on) {
      return fail('PROVINCE_NOT_YET_VALID', `Tỉnh, thành phố mã ${province.code} chưa có hiệu lực vào ngày ${input.on}.`);
    }
    seen.add(province.code);
    const successorCode: string | null = province.successorCode;
    if (successorCode === null) {
      return fail('PROVINCE_SUCCESSOR_MISSING', `Tỉnh, thành phố mã ${province.code} đã hết hiệu lực nhưng danh mục không ghi đơn vị kế thừa.`);
    }
    if (seen.has(successorCode)) {
      return fail('PROVINCE_SUCCESSOR_CYCLE', `Danh mục tỉnh, thành phố có vòng lặp kế thừa tại mã ${successorCode}: quản trị viên cần sửa danh mục.`);
    }
    const next = byCode.get(successorCode);
    if (!next) return fail('PROVINCE_SUCCESSOR_UNKNOWN', `Không tìm thấy tỉnh, thành phố kế thừa có mã ${successorCode} trong danh mục.`);
    province = next;
  }
  return { ok: true, value: { route: 'PROVINCIAL', filedProvinceCode: filed, queueProvinceCode: province.code }, warnings: [] };
};

const fail = (code: string, message: string): Result<never> => ({ ok: false, issues: [error(code, message, ['ownerUnit', 'provinceCode'])] });

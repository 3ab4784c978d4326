import type { Kysely } from 'kysely';
import { loadPolicy, loadServices, type Database } from '@ketnoi/db';
import { writeAccountTemplate, type AccountTemplateOptions } from '@ketnoi/sheets';

/**
 * The account-list template (part 2) with today's reference data: the active services of the
 * catalogue in its drop-down, the policy's age range in its guide. It holds no personal data.
 */
export async function accountTemplate(db: Kysely<Database>): Promise<{ fileName: string; bytes: Uint8Array }> {
  return { fileName: 'Mẫu danh sách tài khoản.xlsx', bytes: await writeAccountTemplate(await accountTemplateOptions(db)) };
}

export async function accountTemplateOptions(db: Kysely<Database>): Promise<AccountTemplateOptions> {
  const services = (await loadServices(db)).filter((s) => s.active);
  const policy = await loadPolicy(db);
  return {
    services: services.map((s) => ({ code: s.code, name: s.name })),
    ageRange: { min: policy.accountHolderMinAge, max: policy.accountHolderMaxAge },
  };
}

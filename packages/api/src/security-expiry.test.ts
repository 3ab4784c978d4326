import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@ketnoi/db/testing';
import { securityExpiryOf } from './services/security-expiry.ts';
import { openWorld, type World } from './testing/world.ts';

// The demo's A05 confirmations are valid until 2028-09-20 (demo-seed.ts).
const VALID_UNTIL = '2028-09-20';
const BYT_APPROVED = 'Hệ thống giám định bảo hiểm y tế'; // central, APPROVED
const NA_CONNECTED = 'Hệ thống thông tin khám chữa bệnh Nghệ An'; // CONNECTED
const NA_WAITING = 'Hệ thống quản lý hành nghề y dược Nghệ An'; // still with PC06

describe('the security confirmation flag', () => {
  it('is EXPIRED after the last valid day, EXPIRING within 30 days before it, and nothing earlier', () => {
    expect(securityExpiryOf('CONNECTED', VALID_UNTIL, '2028-09-21')).toBe('EXPIRED');
    expect(securityExpiryOf('CONNECTED', VALID_UNTIL, '2028-09-20')).toBe('EXPIRING');
    expect(securityExpiryOf('SUSPENDED', VALID_UNTIL, '2028-08-21')).toBe('EXPIRING');
    expect(securityExpiryOf('CONNECTED', VALID_UNTIL, '2028-08-20')).toBeNull();
    expect(securityExpiryOf('CONNECTED', null, '2028-09-21')).toBeNull();
  });

  it('is said only where C06 decides or keeps a connection', () => {
    expect(securityExpiryOf('NATIONAL_REVIEW', VALID_UNTIL, '2029-01-01')).toBe('EXPIRED');
    expect(securityExpiryOf('APPROVED', VALID_UNTIL, '2029-01-01')).toBe('EXPIRED');
    expect(securityExpiryOf('PROVINCIAL_REVIEW', VALID_UNTIL, '2029-01-01')).toBeNull();
    expect(securityExpiryOf('REVOKED', VALID_UNTIL, '2029-01-01')).toBeNull();
  });
});

describe.each(testDatabases())('the flag in the C06 queue and on the dossier, on %s', (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await openWorld(kind);
  });
  afterAll(async () => {
    await w?.close();
  });

  const rowOf = async (systemName: string) => {
    const { id } = await w.dossierOf(systemName);
    const page = await w.as('c06.thamdinh').national.queue({ pageSize: 100 });
    return page.items.find((i) => i.id === id)!;
  };

  it('gives each row its end of validity, flagged as the days go by', async () => {
    w.setNow(new Date('2026-11-25T02:00:00.000Z'));
    expect(await rowOf(NA_CONNECTED)).toMatchObject({ status: 'CONNECTED', securityValidUntil: VALID_UNTIL, securityExpiry: null });
    w.setNow(new Date('2028-09-01T02:00:00.000Z'));
    expect(await rowOf(NA_CONNECTED)).toMatchObject({ securityValidUntil: VALID_UNTIL, securityExpiry: 'EXPIRING' });
    expect(await rowOf(BYT_APPROVED)).toMatchObject({ status: 'APPROVED', securityExpiry: 'EXPIRING' });
    w.setNow(new Date('2028-09-21T02:00:00.000Z'));
    expect(await rowOf(NA_CONNECTED)).toMatchObject({ securityExpiry: 'EXPIRED' });
    const pc06 = await w.as('pc06.nghean').provincial.queue({ pageSize: 100 });
    const waiting = pc06.items.find((i) => i.systemName === NA_WAITING)!;
    expect(waiting).toMatchObject({ securityValidUntil: VALID_UNTIL, securityExpiry: null });
  });

  it('says the same on the dossier', async () => {
    const { id } = await w.dossierOf(NA_CONNECTED);
    w.setNow(new Date('2028-09-21T02:00:00.000Z'));
    expect(await w.as('c06.thamdinh').dossier.get({ dossierId: id })).toMatchObject({ securityValidUntil: VALID_UNTIL, securityExpiry: 'EXPIRED' });
    w.setNow(new Date('2026-11-25T02:00:00.000Z'));
    expect(await w.as('c06.thamdinh').dossier.get({ dossierId: id })).toMatchObject({ securityValidUntil: VALID_UNTIL, securityExpiry: null });
  });
});

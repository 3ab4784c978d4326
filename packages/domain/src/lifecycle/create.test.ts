import { describe, expect, it } from 'vitest';
import { createDossier } from './create';
import { dossierEventSchema } from './event';
import { fold } from './evolve';
import { initialState, type DossierState } from './state';
import { created, LOCAL_ROUTING, otherSubmitter, submitter } from './test-fixtures';

const NOW = '2025-07-07T02:00:00Z';
const connected = (): DossierState => ({ ...initialState(created(LOCAL_ROUTING)), status: 'CONNECTED' });
const codes = (r: ReturnType<typeof createDossier>) => (r.ok ? [] : r.issues.map((i) => i.code));

describe('createDossier', () => {
  it('creates a draft of the actor’s own unit', () => {
    const r = createDossier({ ownerUnitId: submitter.unitId, routing: LOCAL_ROUTING }, submitter, NOW);
    expect(r.ok).toBe(true);
    if (r.ok) expect(fold([r.value]).amendsDossierId).toBeNull();
  });

  it('creates an amendment of a connected dossier, linked to it (domain.md §4)', () => {
    const r = createDossier({ ownerUnitId: submitter.unitId, routing: LOCAL_ROUTING, amends: { dossierId: 'D-connected', state: connected(), openAmendment: false } }, submitter, NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(dossierEventSchema.parse(r.value)).toEqual(r.value);
    const state = fold([r.value]);
    expect(state.status).toBe('DRAFT');
    expect(state.amendsDossierId).toBe('D-connected');
  });

  it('refuses an amendment of a dossier that is not connected, of another unit, or while another is open', () => {
    const base = { ownerUnitId: submitter.unitId, routing: LOCAL_ROUTING };
    for (const status of ['DRAFT', 'PROVINCIAL_REVIEW', 'APPROVED', 'SUSPENDED', 'REVOKED'] as const) {
      expect(codes(createDossier({ ...base, amends: { dossierId: 'D', state: { ...connected(), status }, openAmendment: false } }, submitter, NOW))).toEqual(['AMENDMENT_NOT_CONNECTED']);
    }
    expect(codes(createDossier({ ...base, amends: { dossierId: 'D', state: connected(), openAmendment: true } }, submitter, NOW))).toEqual(['AMENDMENT_ALREADY_OPEN']);
    const foreign = { ...connected(), ownerUnitId: otherSubmitter.unitId };
    expect(codes(createDossier({ ...base, amends: { dossierId: 'D', state: foreign, openAmendment: false } }, submitter, NOW))).toEqual(['NOT_YOUR_UNIT']);
  });
});

import { describe, expect, it } from 'vitest';
import { reviewDossierServer } from './review-dossier-server.ts';

describe('reviewDossierServer', () => {
  const dossier = { current: { id: 'd1', revision: 4 } as Record<string, unknown> };
  const server = reviewDossierServer({ dossier, reads: { 'dossier.timeline': [{ seq: 1 }] }, commands: ['provincial.claim'] });

  it('answers dossier.get from the current dossier, as the test changes it', () => {
    expect(server('dossier.get', {})).toEqual({ data: { id: 'd1', revision: 4 } });
    dossier.current = { id: 'd1', revision: 7 };
    expect(server('dossier.get', {})).toEqual({ data: { id: 'd1', revision: 7 } });
  });

  it('answers the reads it was given, the role commands with the next revision, anything else NOT_FOUND', () => {
    expect(server('dossier.timeline', {})).toEqual({ data: [{ seq: 1 }] });
    expect(server('provincial.claim', {})).toEqual({ data: { revision: Number(dossier.current.revision) + 1 } });
    expect(server('national.claim', {})).toEqual({ refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy.' } });
    expect(server('toString', {})).toMatchObject({ refusal: { appCode: 'NOT_FOUND' } });
  });

  it('lets the override answer first', () => {
    const refused = reviewDossierServer({ dossier, reads: {}, commands: ['provincial.claim'], override: (path) => (path === 'provincial.claim' ? { refusal: { appCode: 'NOT_HOLDER', message: 'x' } } : undefined) });
    expect(refused('provincial.claim', {})).toEqual({ refusal: { appCode: 'NOT_HOLDER', message: 'x' } });
    expect(refused('dossier.get', {})).toMatchObject({ data: dossier.current });
  });
});

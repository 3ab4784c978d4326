import { describe, expect, it } from 'vitest';
import { DOSSIER_STATUSES, STATUS_LABELS_VI } from '@ketnoi/domain';
import { messagesVi } from '@ketnoi/ui';

// packages/ui may not import domain values; this app may, so it checks the ui's copy stays the domain's words.
describe('status labels', () => {
  it('are the domain STATUS_LABELS_VI word for word', () => {
    for (const s of DOSSIER_STATUSES) expect(messagesVi[`status.${s}`]).toBe(STATUS_LABELS_VI[s]);
  });
});

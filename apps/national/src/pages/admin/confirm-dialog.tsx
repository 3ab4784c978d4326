import type { ReactNode } from 'react';
import { refusalOf } from '@ketnoi/client';
import { ConfirmDialog as SharedConfirmDialog } from '@ketnoi/ui';
import { useT } from '../../use-t.ts';

export interface ConfirmDialogProps {
  /** The button that opens the question (names its row: "Khóa tài khoản pc06.hanoi"). */
  readonly openLabel: string;
  readonly title: string;
  readonly body: ReactNode;
  readonly confirmLabel: string;
  /** Called each time the question opens (a new idempotency key per attempt). */
  readonly onOpen?: () => void;
  /** Does it; a refusal keeps the question open with the server's words. */
  readonly onConfirm: () => Promise<void>;
}

/** A change that cannot simply be undone (disabling a user, deactivating a unit) asks first. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useT();
  return <SharedConfirmDialog {...props} cancelLabel={t('admin.confirm.cancel')} busyLabel={t('admin.saving')} messageOf={(e) => refusalOf(e).message} />;
}

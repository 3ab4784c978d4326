import type { Answer } from '@ketnoi/client/testing';

export interface ReviewDossierServerOptions {
  /** The dossier `dossier.get` answers (mutable by the test). */
  readonly dossier: { current: Record<string, unknown> };
  /** The other reads by procedure path (`dossier.accounts`, `dossier.timeline`, `reference.services`, …). */
  readonly reads: Readonly<Record<string, unknown>>;
  /** The role's commands (`provincial.claim`, `national.approve`, …): each succeeds with the next revision. */
  readonly commands: readonly string[];
  /** Answers first, when it answers. */
  readonly override?: (path: string, input: unknown) => Answer | undefined;
}

/**
 * A server for the reviewer's dossier screen in tests (the apps' dossier fixtures): `dossier.get`
 * from `dossier`, the reads from `reads`, the role's commands succeed; anything else is NOT_FOUND.
 */
export const reviewDossierServer =
  ({ dossier, reads, commands, override = () => undefined }: ReviewDossierServerOptions) =>
  (path: string, input: unknown): Answer =>
    override(path, input) ??
    (path === 'dossier.get'
      ? { data: dossier.current }
      : Object.hasOwn(reads, path)
        ? { data: reads[path] }
        : commands.includes(path)
          ? { data: { revision: Number(dossier.current.revision) + 1 } }
          : { refusal: { appCode: 'NOT_FOUND', message: 'Không tìm thấy.' } });

/** Placeholder until this screen lands. */
export function CommitmentPart({ dossierId }: { readonly dossierId: string }) {
  return <h1 data-dossier={dossierId}>…</h1>;
}

/** Placeholder until this screen lands. */
export function AccountListPart({ dossierId }: { readonly dossierId: string }) {
  return <h1 data-dossier={dossierId}>…</h1>;
}

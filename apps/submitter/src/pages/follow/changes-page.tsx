/** Placeholder until this screen lands. */
export function ChangesPage({ dossierId }: { readonly dossierId: string }) {
  return <h1 data-dossier={dossierId}>…</h1>;
}

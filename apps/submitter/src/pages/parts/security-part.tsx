/** Placeholder until this screen lands. */
export function SecurityPart({ dossierId }: { readonly dossierId: string }) {
  return <h1 data-dossier={dossierId}>…</h1>;
}

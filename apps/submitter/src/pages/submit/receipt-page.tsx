/** Placeholder until this screen lands. */
export function ReceiptPage({ dossierId }: { readonly dossierId: string }) {
  return <h1 data-dossier={dossierId}>…</h1>;
}

/** Test helpers of the reviewer apps (`@ketnoi/review/testing`). */
export { reviewDossierServer, type ReviewDossierServerOptions } from './review-dossier-server.ts';
export { renderWithServerAt, here } from './render-with-server.tsx';

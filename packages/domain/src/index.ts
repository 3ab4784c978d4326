export {};
export * from './values/date';
export * from './values/document-reference';
export * from './values/security-level';
export * from './account-list/columns';
export * from './account-list/account-row';
export * from './dossier/content';

import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SERVER_DIR = fileURLToPath(new URL('../../server/', import.meta.url));
export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** The web apps the server serves, by package name and built entry page. */
export const WEB_APPS = [
  { name: '@ketnoi/submitter', dir: fileURLToPath(new URL('../../submitter/', import.meta.url)) },
  { name: '@ketnoi/provincial', dir: fileURLToPath(new URL('../../provincial/', import.meta.url)) },
  { name: '@ketnoi/national', dir: fileURLToPath(new URL('../../national/', import.meta.url)) },
] as const;

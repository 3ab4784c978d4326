/**
 * Where to go after sign-in (`?tiep=`): only a path of this app is followed, so the login page is no
 * open redirect (`//evil.example`, `https://…`, `/\evil` all fall back to the app's root).
 */
export const safeNext = (next: string | null): string => (next && /^\/[^/\\]/.test(next) ? next : '/');

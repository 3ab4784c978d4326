import { reviewScreenMessages } from '@ketnoi/review';
import { mergeFeatureMessages } from '@ketnoi/ui';
import { appShellMessages } from './messages/app.ts';
import { dossierMessages } from './messages/dossier.ts';
import { queueMessages } from './messages/queue.ts';

/**
 * Texts of the PC06 app, one file per feature in messages/ (vi first, en typed by the vi keys).
 * Shared words (status, deadline, login fields, pagination, shortcuts) come from packages/ui.
 * apps/e2e drives the pages by these Vietnamese words.
 */
const features = [appShellMessages, queueMessages, reviewScreenMessages, dossierMessages] as const;

export type AppMessageKey = (typeof features)[number]['keys'];

export const appMessages = mergeFeatureMessages(features);

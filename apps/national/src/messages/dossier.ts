import { featureMessages } from '@ketnoi/ui';

/** The C06 dossier screen: review and decisions (pages/dossier). */
export const dossierMessages = featureMessages({ 'dossier.title': 'Hồ sơ {code}' }, { 'dossier.title': 'Dossier {code}' });

import { featureMessages } from './feature.ts';

export const accountsMessages = featureMessages({}, {});

import { featureMessages } from './feature.ts';

export const followMessages = featureMessages({}, {});

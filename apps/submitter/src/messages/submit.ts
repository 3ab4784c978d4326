import { featureMessages } from './feature.ts';

export const submitMessages = featureMessages({}, {});

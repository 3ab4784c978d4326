import { featureMessages } from './feature.ts';

export const partsMessages = featureMessages({}, {});

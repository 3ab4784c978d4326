/**
 * Colours of the chart series (each at least 3:1 against white, WCAG 1.4.11) and the props every
 * chart shares: drawn to the width of its frame, an image with a name (its figures are in the
 * table), no animation (prefers-reduced-motion, and the screenshots).
 */
export const SERIES = {
  PROVINCIAL_REVIEW: '#0b4ea2',
  NATIONAL_REVIEW: '#6a3d9a',
  RETURNED: '#8a5300',
  APPROVED: '#1b6e3a',
  CONNECTED: '#a3195b',
  others: '#5c636b',
  late: '#b3261e',
} as const;

export const chartProps = (name: string, height: number) => ({
  responsive: true,
  accessibilityLayer: false,
  role: 'img',
  'aria-label': name,
  title: name,
  style: { width: '100%', height },
});

export const AXIS_TICK = { fill: '#1c1c1c', fontSize: 13 } as const;

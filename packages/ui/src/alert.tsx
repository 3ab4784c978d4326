import type { ReactNode } from 'react';

/** A message the screen reader announces at once (`role="alert"`): refusals and failures. */
export function Alert({ tone = 'error', children }: { readonly tone?: 'error' | 'info' | 'success'; readonly children: ReactNode }) {
  return (
    <div className={`kn-alert kn-alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

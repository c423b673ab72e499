import type { ReactNode } from 'react';

/**
 * A label whose definition is one hover (or one keyboard focus) away: the title shows it as a tooltip,
 * and the dotted underline says there is one.
 */
export function Definition({ definition, children }: { definition: string; children: ReactNode }) {
  return (
    <span className="definition" title={definition} tabIndex={0}>
      {children}
    </span>
  );
}

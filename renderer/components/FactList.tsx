import type { ReactNode } from 'react';
import './fact-list.css';

/** Short facts on one muted line, such as a course's GitLab, source and window; each child is an <li>. */
export function FactList({ children }: { children: ReactNode }) {
  return <ul className="fact-list">{children}</ul>;
}

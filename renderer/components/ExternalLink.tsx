import type { ReactNode } from 'react';

/** Only web URLs become links: a stored `javascript:` or `file:` URL must never be clickable. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export interface ExternalLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
}

/** Opens outside the app; anything that is not an http(s) URL renders as plain text. */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  if (!isWebUrl(href)) return <span className={className}>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noreferrer" className={className}>
      {children}
    </a>
  );
}

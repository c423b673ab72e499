import type { ReactNode } from 'react';
import { useId } from 'react';
import './panel.css';

export interface PanelProps {
  title: string;
  /** One or two sentences on what this part of the screen is for. */
  description?: ReactNode;
  /** Buttons or status shown at the right of the title. */
  actions?: ReactNode;
  children?: ReactNode;
  className?: string;
  /** For a control elsewhere that names this section (aria-controls). */
  id?: string;
}

/** A titled card: the building block of the settings screens. The title names the section for assistive tech. */
export function Panel({ title, description, actions, children, className, id }: PanelProps) {
  const titleId = useId();
  return (
    <section id={id} className={className ? `panel ${className}` : 'panel'} aria-labelledby={titleId}>
      <header className="panel__header">
        <div className="panel__heading">
          <h2 id={titleId} className="panel__title">
            {title}
          </h2>
          {description && <p className="panel__description">{description}</p>}
        </div>
        {actions && <div className="panel__actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

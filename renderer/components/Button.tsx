import type { ButtonHTMLAttributes, MouseEvent, Ref } from 'react';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /**
   * Why the action is unavailable. The button stays focusable and shows the reason as a tooltip,
   * which a natively disabled button would hide from the keyboard and from some browsers' hover.
   */
  disabledReason?: string | undefined;
  /** React 19 passes ref as a plain prop; it reaches the <button> through the spread below. */
  ref?: Ref<HTMLButtonElement> | undefined;
}

export function Button({ variant = 'secondary', disabledReason, className, onClick, type = 'button', title, ...rest }: ButtonProps) {
  const isBlocked = disabledReason !== undefined;
  function handleClick(event: MouseEvent<HTMLButtonElement>): void {
    if (isBlocked) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }
  return (
    <button
      {...rest}
      type={type}
      className={['button', `button--${variant}`, className].filter(Boolean).join(' ')}
      aria-disabled={isBlocked || undefined}
      title={disabledReason ?? title}
      onClick={handleClick}
    />
  );
}

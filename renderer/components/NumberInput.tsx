import type { InputHTMLAttributes, Ref } from 'react';
import { useState } from 'react';

/** How the text of a number field reads as a value: empty is undefined, anything unreadable NaN. */
export function parseNumberText(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  return Number(trimmed);
}

function sameValue(a: number | undefined, b: number | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && Number.isNaN(a) && Number.isNaN(b));
}

export interface NumberInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> {
  value: number | undefined;
  onValueChange(value: number | undefined): void;
  /** React 19 passes ref as a plain prop; it reaches the <input> through the spread below. */
  ref?: Ref<HTMLInputElement> | undefined;
}

/**
 * A number field that keeps what is typed ("0.", "-", "2,5") while the value it reports is a number:
 * re-rendering from the number alone would eat the half-typed decimal point. The text follows the
 * value only when the value changes from outside (an undo, a reload).
 */
export function NumberInput({ value, onValueChange, className, ...rest }: NumberInputProps) {
  const [text, setText] = useState(value === undefined || Number.isNaN(value) ? '' : String(value));
  const [shownValue, setShownValue] = useState(value);
  if (!sameValue(shownValue, value)) {
    // Adjusting state during render is React's way to follow a prop without an effect's extra paint.
    setShownValue(value);
    setText(value === undefined || Number.isNaN(value) ? '' : String(value));
  }
  return (
    <input
      {...rest}
      type="text"
      inputMode="decimal"
      className={className ?? 'text-input'}
      value={text}
      onChange={(event) => {
        const next = parseNumberText(event.target.value);
        setText(event.target.value);
        setShownValue(next);
        onValueChange(next);
      }}
    />
  );
}

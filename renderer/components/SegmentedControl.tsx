import './segmented-control.css';

export interface SegmentedOption<V extends string> {
  value: V;
  label: string;
}

export interface SegmentedControlProps<V extends string> {
  /** Radio group name; unique on the page so arrow keys move within this control only. */
  name: string;
  options: readonly SegmentedOption<V>[];
  value: V;
  onChange(value: V): void;
  /** Accessible name when no fieldset legend names the group. */
  label?: string | undefined;
  size?: 'normal' | 'small';
}

/**
 * A row of mutually exclusive choices built from real radio buttons, so arrow keys, Tab and screen
 * readers behave as they do for any radio group; only the dots are hidden.
 */
export function SegmentedControl<V extends string>({ name, options, value, onChange, label, size = 'normal' }: SegmentedControlProps<V>) {
  return (
    <div className={size === 'small' ? 'segmented segmented--small' : 'segmented'} role="radiogroup" aria-label={label}>
      {options.map((option) => (
        <label key={option.value} className="segmented__option">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

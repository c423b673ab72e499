import type { ReactNode } from 'react';
import type { FieldControlProps } from '../../components/FormField';
import { FormField } from '../../components/FormField';
import { fieldKey } from './collect-rubric-issues';

export interface RubricFieldProps {
  /** The field's place in the rubric, as the schema's issues name it. */
  path: readonly (string | number)[];
  label: string;
  hint?: string | undefined;
  issues: ReadonlyMap<string, string>;
  className?: string;
  children(control: FieldControlProps): ReactNode;
}

/** A form field whose message is the schema's issue for its own path, so the problem shows where it is. */
export function RubricField({ path, label, hint, issues, className, children }: RubricFieldProps) {
  const key = fieldKey(path);
  return (
    <div className={className}>
      <FormField id={`rubric-${key.replaceAll('.', '-') || 'root'}`} label={label} hint={hint} error={issues.get(key)}>
        {children}
      </FormField>
    </div>
  );
}

import { useId, type ReactNode } from 'react';

/**
 * A labelled form control with its hint and the API's messages for that field beside it.
 * `children` receives the ids the control needs (id, aria-describedby, aria-invalid).
 */
export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

export function Field({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  errors: string[] | undefined;
  children: (props: ControlProps) => ReactNode;
}) {
  const base = useId();
  const id = `${base}-${name}`;
  const hintId = hint !== undefined ? `${id}-hint` : undefined;
  const errorId = errors && errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter((x) => x !== undefined).join(' ') || undefined;
  return (
    <div className={errorId ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, name, 'aria-invalid': errorId !== undefined, 'aria-describedby': describedBy })}
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {errorId !== undefined && (
        <p id={errorId} className="field-error">
          {errors?.join(' ')}
        </p>
      )}
    </div>
  );
}

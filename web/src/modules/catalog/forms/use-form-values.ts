import { useState } from 'react';

/** Form values keyed by field name, with a change handler that reads the input's name. */
export function useFormValues<T extends { [K in keyof T]: string }>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const onChange = (event: { target: { name: string; value: string } }) => {
    const { name, value } = event.target;
    setValues((prev) => ({ ...prev, [name]: value }));
  };
  return { values, setValues, onChange };
}

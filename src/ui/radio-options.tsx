import type { ReactNode } from 'react';

/**
 * The options of one radio group (language, base map, phase…), each a labelled radio; the chosen
 * one's label is marked `is-active` for the styles that show it as a pressed segment. The caller
 * wraps them in its fieldset and legend.
 */
export function RadioOptions<T extends string>({
  name,
  options,
  value,
  onChange,
  label,
}: {
  /** The group's name: one choice among the radios of this name. */
  name: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  label: (option: T) => ReactNode;
}) {
  return options.map((o) => (
    <label key={o} className={o === value ? 'is-active' : ''}>
      <input type="radio" name={name} value={o} checked={o === value} onChange={() => onChange(o)} />
      {label(o)}
    </label>
  ));
}

import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

/** The select's own value for "no filter": an option's value cannot be empty. */
const ALL = 'all';

interface Props {
  name: string;
  label: string;
  /** '' for no filter, shown as the option with an empty value. */
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** One filter of the queue, labelled, as the design system draws a select. */
export const FilterSelect = ({ name, label, value, options, onChange }: Props) => (
  <Field.Root name={name}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect data-testid={`queue-filter-${name}`} value={value || ALL} onChange={(next) => onChange(next === ALL ? '' : String(next))}>
      {options.map((option) => (
        <SingleSelectOption key={option.value || ALL} value={option.value || ALL}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </Field.Root>
);

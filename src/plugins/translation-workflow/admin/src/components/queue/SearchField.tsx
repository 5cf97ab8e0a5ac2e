import * as React from 'react';
import { Field, TextInput } from '@strapi/design-system';
import { useDebounce } from '@strapi/strapi/admin';

interface Props {
  label: string;
  placeholder: string;
  value: string;
  onSearch: (text: string) => void;
}

/** Searches as the person types, once she pauses: one request per word, not per letter. */
export const SearchField = ({ label, placeholder, value, onSearch }: Props) => {
  const [text, setText] = React.useState(value);
  const settled = useDebounce(text.trim(), 300);
  React.useEffect(() => {
    if (settled !== value) onSearch(settled);
    // Only the text settling is a search; `value` catching up with it afterwards is not another one.
  }, [settled]);

  return (
    <Field.Root name="queue-search">
      <Field.Label>{label}</Field.Label>
      <TextInput
        type="search"
        data-testid="queue-search"
        placeholder={placeholder}
        value={text}
        // A title is searched in either language: each keeps its own direction as it is typed.
        dir="auto"
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => setText(event.target.value)}
      />
    </Field.Root>
  );
};

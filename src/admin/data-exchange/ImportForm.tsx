import * as React from 'react';
import { Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Typography, VisuallyHidden } from '@strapi/design-system';
import { Eye, Paperclip } from '@strapi/icons';
import { ACCEPTED_FILES, DELIMITER_NAMES, DELIMITERS, ENCODINGS, type Delimiter, type Encoding, type ImportRequest, type Mapping } from './contract';
import { MappingColumns } from './MappingColumns';
import { useDxText } from './messages';
import { useNames } from './names';

interface Props {
  mappings: Mapping[];
  busy: boolean;
  onPreview: (request: ImportRequest) => void;
}

/** The file, how its columns are read, and how its text is decoded: what a preview needs. */
export const ImportForm = ({ mappings, busy, onPreview }: Props) => {
  const t = useDxText();
  const names = useNames();
  const input = React.useRef<HTMLInputElement>(null);
  const [file, setFile] = React.useState<File | null>(null);
  const [mappingName, setMappingName] = React.useState(mappings[0]?.name ?? '');
  const [encoding, setEncoding] = React.useState<Encoding>('auto');
  const [delimiter, setDelimiter] = React.useState<Delimiter>('auto');
  const mapping = mappings.find((candidate) => candidate.name === mappingName);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (file && mapping) onPreview({ file, mapping: mapping.name, encoding, delimiter });
  };

  return (
    <form onSubmit={submit} data-testid="import-form">
      <Flex direction="column" alignItems="stretch" gap={5}>
        <Grid.Root gap={5}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="file" id="data-exchange-file" hint={t('file.hint')}>
              <Field.Label>{t('file.label')}</Field.Label>
              <Flex gap={3}>
                <Button type="button" variant="secondary" startIcon={<Paperclip />} onClick={() => input.current?.click()}>
                  {t('file.choose')}
                </Button>
                <Typography textColor={file ? 'neutral800' : 'neutral500'} data-testid="chosen-file" dir="auto">
                  {file?.name ?? t('file.none')}
                </Typography>
              </Flex>
              <VisuallyHidden>
                <input
                  ref={input}
                  id="data-exchange-file"
                  type="file"
                  accept={ACCEPTED_FILES}
                  data-testid="import-file"
                  onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                />
              </VisuallyHidden>
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="mapping">
              <Field.Label>{t('mapping.label')}</Field.Label>
              <SingleSelect data-testid="import-mapping" placeholder={t('mapping.placeholder')} value={mappingName} onChange={(value) => setMappingName(String(value))}>
                {mappings.map((candidate) => (
                  <SingleSelectOption key={candidate.name} value={candidate.name}>
                    {names.mapping(candidate)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="encoding" hint={t('encoding.hint')}>
              <Field.Label>{t('encoding.label')}</Field.Label>
              <SingleSelect data-testid="import-encoding" value={encoding} onChange={(value) => setEncoding(value as Encoding)}>
                {ENCODINGS.map((value) => (
                  <SingleSelectOption key={value} value={value}>
                    {t(`encoding.${value}`)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="delimiter">
              <Field.Label>{t('delimiter.label')}</Field.Label>
              <SingleSelect data-testid="import-delimiter" value={delimiter} onChange={(value) => setDelimiter(value as Delimiter)}>
                {DELIMITERS.map((value) => (
                  <SingleSelectOption key={DELIMITER_NAMES[value]} value={value}>
                    {t(`delimiter.${DELIMITER_NAMES[value]}`)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Grid.Item>
        </Grid.Root>
        {mapping && <MappingColumns mapping={mapping} />}
        <Flex>
          <Button type="submit" size="L" startIcon={<Eye />} disabled={!file || !mapping} loading={busy} data-testid="import-preview">
            {t('preview')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
};

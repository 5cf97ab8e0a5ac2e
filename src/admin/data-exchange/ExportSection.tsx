import * as React from 'react';
import { Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useDataExchangeApi } from './api';
import { EXPORT_LANGUAGES, EXPORT_TYPES, formatsOf, type ExportRequest } from './contract';
import { useDxText } from './messages';
import { Notice } from './Notice';

/** Hands a downloaded file to the browser as a download. */
function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface ChoiceProps<Value extends string> {
  name: keyof ExportRequest;
  value: Value;
  values: readonly Value[];
  onChange: (value: Value) => void;
}

const Choice = <Value extends string>({ name, value, values, onChange }: ChoiceProps<Value>) => {
  const t = useDxText();
  return (
    <Field.Root name={name}>
      <Field.Label>{t(`export.${name}`)}</Field.Label>
      <SingleSelect data-testid={`export-${name}`} value={value} onChange={(next) => onChange(next as Value)}>
        {values.map((option) => (
          <SingleSelectOption key={option} value={option}>
            {t(`export.${name}.${option}`)}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
};

/**
 * Export: a type, a format and a language, downloaded with the admin's token (the route is an
 * admin route, so a plain link, which carries no token, would be refused).
 */
export const ExportSection = () => {
  const t = useDxText();
  const api = useDataExchangeApi();
  const [request, setRequest] = React.useState<ExportRequest>({ type: 'incidents', format: 'csv', language: 'both' });
  const [state, setState] = React.useState<'idle' | 'busy' | 'failed'>('idle');
  const choose = (change: Partial<ExportRequest>) =>
    setRequest((previous) => {
      const next = { ...previous, ...change };
      return formatsOf(next.type).includes(next.format) ? next : { ...next, format: 'csv' };
    });

  const download = async () => {
    setState('busy');
    try {
      const { blob, fileName } = await api.download(request);
      saveFile(blob, fileName);
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={5} data-testid="export-section">
      <Typography textColor="neutral600">{t('export.intro')}</Typography>
      <Grid.Root gap={5}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Choice name="type" value={request.type} values={EXPORT_TYPES} onChange={(type) => choose({ type })} />
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Choice name="format" value={request.format} values={formatsOf(request.type)} onChange={(format) => choose({ format })} />
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Choice name="language" value={request.language} values={EXPORT_LANGUAGES} onChange={(language) => choose({ language })} />
        </Grid.Item>
      </Grid.Root>
      {state === 'failed' && <Notice variant="danger">{t('export.failed')}</Notice>}
      <Flex>
        <Button variant="secondary" size="L" startIcon={<Download />} loading={state === 'busy'} onClick={download} data-testid="export-download">
          {t('export.download')}
        </Button>
      </Flex>
    </Flex>
  );
};

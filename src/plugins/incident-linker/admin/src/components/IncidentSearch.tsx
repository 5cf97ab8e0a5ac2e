import * as React from 'react';
import { Box, Field, Flex, TextInput } from '@strapi/design-system';
import { useDebounce } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { InterfaceText, useRemoteData } from '@syria-cms/strapi-admin-helpers';
import { isolate } from '@syria-cms/bilingual-text';
import type { IncidentSummary } from '../../../shared/contracts';
import { useIncidentLinkerApi } from '../hooks/useIncidentLinkerApi';
import { getTranslation } from '../utils/getTranslation';
import { IncidentDetails } from './IncidentDetails';
import { LinkAction } from './LinkAction';

interface Props {
  locale: string;
  /** Incidents already linked: listed, but not offered again. */
  linkedIds: Set<string>;
  disabled: boolean;
  onLink: (incidentId: string) => void;
}

/** Finds incidents the suggestions missed, by words of their title or place, as the person types. */
export const IncidentSearch = ({ locale, linkedIds, disabled, onLink }: Props) => {
  const { formatMessage } = useIntl();
  const api = useIncidentLinkerApi();
  const [text, setText] = React.useState('');
  const query = useDebounce(text.trim(), 300);
  const results = useRemoteData<IncidentSummary[]>(
    React.useCallback(() => (query ? api.searchIncidents(query, locale) : Promise.resolve([])), [api, query, locale])
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Field.Root name="incident-linker-search">
        <Field.Label>{formatMessage({ id: getTranslation('search.label'), defaultMessage: 'Find an incident to link' })}</Field.Label>
        <TextInput
          type="search"
          data-testid="incident-search"
          placeholder={formatMessage({ id: getTranslation('search.placeholder'), defaultMessage: 'Words of its title or place' })}
          value={text}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setText(event.target.value)}
          // The panel sits inside the edit view's form: Enter here would submit it and save the entry.
          onKeyDown={(event: React.KeyboardEvent) => event.key === 'Enter' && event.preventDefault()}
        />
      </Field.Root>
      {query && results.data?.length === 0 && !results.isLoading && (
        <InterfaceText>
          {formatMessage({ id: getTranslation('search.empty'), defaultMessage: 'No incident matches “{query}”.' }, { query: isolate(query) })}
        </InterfaceText>
      )}
      {query && results.data && results.data.length > 0 && (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
          {results.data.map((incident) => (
            <Box tag="li" key={incident.documentId} data-testid="search-result" data-incident={incident.documentId}>
              <IncidentDetails incident={incident} />
              <Box paddingTop={1}>
                <LinkAction
                  linked={linkedIds.has(incident.documentId)}
                  title={incident.title ?? ''}
                  disabled={disabled}
                  onLink={() => onLink(incident.documentId)}
                />
              </Box>
            </Box>
          ))}
        </Flex>
      )}
    </Flex>
  );
};

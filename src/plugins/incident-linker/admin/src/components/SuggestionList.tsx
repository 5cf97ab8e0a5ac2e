import * as React from 'react';
import { Box, Flex, TextButton } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { InterfaceText } from '@syria-cms/strapi-admin-helpers';
import type { Suggestion } from '../../../shared/contracts';
import { describeReasons } from '../utils/describeReasons';
import { getTranslation } from '../utils/getTranslation';
import { IncidentDetails } from './IncidentDetails';
import { LinkAction } from './LinkAction';

/** A side panel is narrow: the best few first, the rest on request. */
const FIRST = 5;

interface Props {
  suggestions: Suggestion[];
  disabled: boolean;
  onLink: (incidentId: string) => void;
}

/** Incidents the article probably reports, best first, each with why and a one-click Link. */
export const SuggestionList = ({ suggestions, disabled, onLink }: Props) => {
  const intl = useIntl();
  const [showAll, setShowAll] = React.useState(false);
  if (suggestions.length === 0) {
    return (
      <InterfaceText>
        {intl.formatMessage({
          id: getTranslation('suggestions.empty'),
          defaultMessage: 'No suggestion: the article names no known place, weapon or incident type.',
        })}
      </InterfaceText>
    );
  }
  const shown = showAll ? suggestions : suggestions.slice(0, FIRST);
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
        {shown.map(({ incident, reasons, linked }) => (
          <Box tag="li" key={incident.documentId} data-testid="suggestion" data-incident={incident.documentId}>
            <IncidentDetails incident={incident} />
            <InterfaceText textColor="neutral500" data-testid="suggestion-reasons">
              {describeReasons(intl, reasons)}
            </InterfaceText>
            <Box paddingTop={1}>
              <LinkAction linked={linked} title={incident.title ?? ''} disabled={disabled} onLink={() => onLink(incident.documentId)} />
            </Box>
          </Box>
        ))}
      </Flex>
      {suggestions.length > FIRST && (
        <TextButton data-testid="suggestions-toggle" onClick={() => setShowAll(!showAll)}>
          {showAll
            ? intl.formatMessage({ id: getTranslation('suggestions.show-fewer'), defaultMessage: 'Show the first {count}' }, { count: FIRST })
            : intl.formatMessage({ id: getTranslation('suggestions.show-all'), defaultMessage: 'Show all {count}' }, { count: suggestions.length })}
        </TextButton>
      )}
    </Flex>
  );
};

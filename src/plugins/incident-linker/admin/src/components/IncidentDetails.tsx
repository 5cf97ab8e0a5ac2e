import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { directionOf } from '@syria-cms/bilingual-text';
import { InterfaceText } from '@syria-cms/strapi-admin-helpers';
import { useSettings } from '../hooks/useLinkerSettings';
import type { IncidentSummary } from '../../../shared/contracts';
import { formatIncidentDate } from '../utils/dates';
import { getTranslation } from '../utils/getTranslation';
import { DocumentTitle } from './DocumentTitle';

/**
 * An incident as the panel lists it: title, then when and where. The date is the interface's
 * (its language, its direction), the place the entry's, so each is isolated: an English date beside
 * an Arabic place name in a right-to-left panel would otherwise read as one scrambled run.
 */
export const IncidentDetails = ({ incident }: { incident: IncidentSummary | null }) => {
  const intl = useIntl();
  const { incidentType } = useSettings();
  if (!incident) {
    return (
      <InterfaceText>{intl.formatMessage({ id: getTranslation('deleted-incident'), defaultMessage: '(deleted incident)' })}</InterfaceText>
    );
  }
  const when = incident.date ? formatIncidentDate(intl, incident.date, incident.datePrecision) : null;
  const where = incident.location?.name;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <DocumentTitle uid={incidentType} document={incident} />
      {(when || where) && (
        <Typography variant="pi" textColor="neutral600" data-testid="incident-when-where">
          {when && <bdi dir={directionOf(intl.locale)}>{when}</bdi>}
          {when && where && ' · '}
          {where && <bdi>{where}</bdi>}
        </Typography>
      )}
    </Flex>
  );
};

import * as React from 'react';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { RelativeTime } from '@strapi/content-manager/strapi-admin';
import { Widget } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { editViewPath, useRemoteData } from '@syria-cms/strapi-admin-helpers';
import { directionOf } from '@syria-cms/bilingual-text';
import type { LatestChange } from '../../../../shared/contracts';
import { useEvidenceTrailApi } from '../../hooks/useEvidenceTrailApi';
import { getTranslation } from '../../utils/getTranslation';
import { actionMessage, describeActor, typeMessage } from '../../utils/messages';

/** As many as the widget shows without scrolling much. */
const LIMIT = 6;

/**
 * The home page's "Latest changes": the newest changes of the record the reader may read, with
 * who made them; each opens its entry, whose History panel shows what changed.
 */
export const LatestChangesWidget = () => {
  const { formatMessage, locale } = useIntl();
  const api = useEvidenceTrailApi();
  const latest = useRemoteData(React.useCallback(() => api.latest(LIMIT), [api]));

  if (!latest.data) return latest.isLoading ? <Widget.Loading /> : <Widget.Error />;
  // The panel does not turn itself around for Arabic: the widget follows the interface language.
  if (latest.data.length === 0) {
    return (
      <Box height="100%" dir={directionOf(locale)}>
        <Widget.NoData>{formatMessage({ id: getTranslation('history.empty'), defaultMessage: 'No change recorded yet.' })}</Widget.NoData>
      </Box>
    );
  }
  return (
    <Box tag="ul" dir={directionOf(locale)} data-testid="latest-changes">
      {latest.data.map((change) => (
        <ChangeLine key={change.seq} change={change} />
      ))}
    </Box>
  );
};

/** A deleted document has no edit view to open; a change of one locale opens that locale. */
const linkOf = (change: LatestChange) => {
  if (change.action === 'delete') return null;
  const locale = change.locale && change.locale !== '*' ? change.locale : null;
  return locale ? editViewPath(change.uid, change.documentId, locale) : `/content-manager/collection-types/${change.uid}/${change.documentId}`;
};

const ChangeLine = ({ change }: { change: LatestChange }) => {
  const intl = useIntl();
  const to = linkOf(change);
  const language = change.locale && change.locale !== '*' ? change.locale : undefined;
  // The title keeps its own language and direction, whatever the interface's.
  const title = (
    <Typography fontWeight="semiBold" textColor="neutral800" lang={language} dir={language ? directionOf(language) : 'auto'}>
      {change.title ?? intl.formatMessage({ id: getTranslation('widget.untitled'), defaultMessage: '(untitled)' })}
    </Typography>
  );
  return (
    <Box tag="li" paddingTop={2} paddingBottom={2} borderColor="neutral150" style={{ borderWidth: '0 0 1px 0', borderStyle: 'solid' }} data-testid="latest-change">
      <Flex justifyContent="space-between" alignItems="baseline" gap={2}>
        <Box minWidth={0} flex={1}>
          {to ? (
            <Link tag={NavLink} to={to}>
              {title}
            </Link>
          ) : (
            title
          )}
        </Box>
        <Typography variant="pi" textColor="neutral600" style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
          <RelativeTime timestamp={new Date(change.at)} />
        </Typography>
      </Flex>
      <Flex gap={2} wrap="wrap">
        <Typography variant="pi" fontWeight="bold" textColor="neutral700" data-testid="latest-change-action">
          {intl.formatMessage(actionMessage(change.action))}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {intl.formatMessage(typeMessage(change.uid, change.typeName))}
        </Typography>
        {/* An email is Latin in either interface: isolated, it keeps its @ in place. */}
        <Typography variant="pi" textColor="neutral600">
          <bdi>{describeActor(intl, change.actor)}</bdi>
        </Typography>
      </Flex>
    </Box>
  );
};

import { Loader } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { InterfaceText } from './InterfaceText';
import { getSharedTranslation } from './translations';
import type { RemoteData } from './useRemoteData';

/** What a list or panel shows before it has anything to show: a spinner, or that it could not be loaded. */
export const LoadState = ({ remote }: { remote: RemoteData<unknown> }) => {
  const { formatMessage } = useIntl();
  if (remote.isLoading) {
    return <Loader small>{formatMessage({ id: getSharedTranslation('loading'), defaultMessage: 'Loading…' })}</Loader>;
  }
  return (
    <InterfaceText textColor="danger600">
      {formatMessage({ id: getSharedTranslation('load-error'), defaultMessage: 'Could not load this. Reload the page to try again.' })}
    </InterfaceText>
  );
};

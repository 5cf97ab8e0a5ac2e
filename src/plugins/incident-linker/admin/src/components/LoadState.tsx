import { Loader } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { RemoteData } from '../hooks/useRemoteData';
import { getTranslation } from '../utils/getTranslation';
import { InterfaceText } from './InterfaceText';

/** What a list shows before it has anything to show: a spinner, or that it could not be loaded. */
export const LoadState = ({ remote }: { remote: RemoteData<unknown> }) => {
  const { formatMessage } = useIntl();
  if (remote.isLoading) {
    return <Loader small>{formatMessage({ id: getTranslation('loading'), defaultMessage: 'Loading…' })}</Loader>;
  }
  return (
    <InterfaceText textColor="danger600">
      {formatMessage({ id: getTranslation('load-error'), defaultMessage: 'Could not load this list. Reload the page to try again.' })}
    </InterfaceText>
  );
};

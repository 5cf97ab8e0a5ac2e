import { Badge, Flex, Link } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { editViewPath } from '@syria-cms/strapi-admin-helpers';
import { getTranslation } from '../utils/getTranslation';

interface Props {
  uid: string;
  document: { documentId: string; locale: string; fallback: boolean; title: string | null };
}

/**
 * A linked document's title, opening its edit view. A title from another locale (the document is
 * not translated yet) is marked as such and keeps its own language and direction inside the panel.
 */
export const DocumentTitle = ({ uid, document }: Props) => {
  const { formatMessage } = useIntl();
  const title = document.title || formatMessage({ id: getTranslation('untitled'), defaultMessage: '(untitled)' });
  return (
    <Flex gap={2} wrap="wrap" alignItems="center">
      <Link tag={NavLink} to={editViewPath(uid, document.documentId, document.locale)} lang={document.locale} dir="auto">
        {title}
      </Link>
      {document.fallback && (
        <Badge
          size="S"
          variant="warning"
          data-testid="fallback-marker"
          title={formatMessage(
            { id: getTranslation('fallback'), defaultMessage: 'Not translated into this language: shown in {locale}' },
            { locale: document.locale }
          )}
        >
          {document.locale}
        </Badge>
      )}
    </Flex>
  );
};

import adminLinks from './admin-links';
import contentApiLinks from './content-api-links';

export default {
  'admin-links': adminLinks,
  'content-api-links': contentApiLinks,
};

import documents from './documents';
import links from './links';
import nameIndexes from './name-indexes';
import publishedLinks from './published-links';
import search from './search';
import suggestions from './suggestions';

export default {
  documents,
  links,
  nameIndexes,
  publishedLinks,
  search,
  suggestions,
};

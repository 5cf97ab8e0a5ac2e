import type articleFeed from './api/article/services/article-feed';
import type articlePage from './api/article/services/article-page';
import type incidentFigures from './api/incident/services/incident-figures';
import type incidentMap from './api/incident/services/incident-map';
import type incidentQuery from './api/incident/services/incident-query';
import type incidentSums from './api/incident/services/incident-sums';
import type search from './api/search/services/search';

/** The app's own services by uid, typed as their factories build them. */
interface AppServices {
  'api::article.article-feed': ReturnType<typeof articleFeed>;
  'api::article.article-page': ReturnType<typeof articlePage>;
  'api::incident.incident-figures': ReturnType<typeof incidentFigures>;
  'api::incident.incident-map': ReturnType<typeof incidentMap>;
  'api::incident.incident-query': ReturnType<typeof incidentQuery>;
  'api::incident.incident-sums': ReturnType<typeof incidentSums>;
  'api::search.search': ReturnType<typeof search>;
}

/** A typed accessor to the app's services, as each plugin's getService is to its own. */
export const getService = <Uid extends keyof AppServices>(uid: Uid): AppServices[Uid] => strapi.service(uid as never) as unknown as AppServices[Uid];

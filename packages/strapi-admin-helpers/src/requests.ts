/** A plugin's admin route, each part of it encoded (a uid holds "::"). */
export const pluginRoute = (pluginId: string, ...parts: string[]) => [`/${pluginId}`, ...parts.map(encodeURIComponent)].join('/');

/**
 * A request's query, encoded. Strapi's fetch client writes an object of params into the URL
 * unencoded, so a search for "A&B" or "#3" would be cut short; given a string, it appends it as is.
 */
export const queryString = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)])).toString();

/**
 * Read-only data for maps, charts and spreadsheets. Public like the content API's find (published incidents
 * only); named with a file extension and a separate path so they never clash with /incidents/:id.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/incidents.geojson',
      handler: 'api::incident.incident-map.geojson',
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/incidents.csv',
      handler: 'api::incident.incident-export.csv',
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/incidents.xlsx',
      handler: 'api::incident.incident-export.xlsx',
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/incident-figures',
      handler: 'api::incident.incident-figures.figures',
      config: { auth: false },
    },
  ],
};

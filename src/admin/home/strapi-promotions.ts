/**
 * Strapi's own promotions that no configuration of 5.54 turns off, turned off here, in this one
 * place. Both are kept in the browser's storage, where Strapi keeps "closed" once someone closes
 * them; this stores them as closed before the panel renders, so that nobody sees them even once.
 *
 * - The guided tour ("Discover your application!": Create your schema, Create and publish content,
 *   Copy an API token, Deploy your application to Strapi Cloud) shows on the home page, and its
 *   steps over the Content-Type Builder and the Content Manager, to the first super admin of a
 *   development start (`strapi develop`; a production build never shows it). The `tutorials: false`
 *   option the documentation gives for it is read by 5.54 but used by nothing. Stored as skipped.
 * - The "Introducing the new Media Library" banner shows above every page until closed. Its key
 *   holds whether the legacy Media Library is on and the project's uuid (`/admin/init`, `false`
 *   when the project has none), and is read once before that uuid has arrived: each is stored as
 *   closed.
 */
const GUIDED_TOUR = 'STRAPI_GUIDED_TOUR';
const MEDIA_LIBRARY_BANNER = 'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_';

const readJson = (key: string): Record<string, unknown> | null => {
  try {
    const value = JSON.parse(window.localStorage.getItem(key) ?? 'null');
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
};

function closeMediaLibraryBanner(projectUuid: string) {
  for (const legacy of [true, false]) window.localStorage.setItem(`${MEDIA_LIBRARY_BANNER}${legacy}:${projectUuid}`, 'true');
}

export function dismissStrapiPromotions(backendURL: string) {
  const tour = readJson(GUIDED_TOUR);
  if (tour?.enabled !== false) window.localStorage.setItem(GUIDED_TOUR, JSON.stringify({ ...tour, enabled: false }));

  for (const uuid of ['undefined', 'false']) closeMediaLibraryBanner(uuid);
  fetch(`${backendURL}/admin/init`)
    .then((response) => response.json())
    .then(({ data }) => data?.uuid && closeMediaLibraryBanner(String(data.uuid)))
    .catch(() => undefined); // without the uuid, the banner shows, closable as usual
}

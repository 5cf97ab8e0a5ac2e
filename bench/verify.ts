import type { Generated, GeneratedArticle } from './generate';
import { getJson } from './http';

/**
 * Checks, through the public and admin APIs, that the generated rows are read back as the
 * documents the generator meant: counts, an Arabic article with its places, its published linked
 * incidents, and suggestions that find them. Throws on the first difference, before anything is
 * measured on data Strapi does not see as intended.
 */
export async function verify(base: string, adminToken: string, generated: Generated) {
  const expect = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`generated data check failed: ${what}`);
  };
  const { sizes, articles } = generated;

  const page = await getJson(`${base}/api/articles?locale=ar&populate=locations&pagination[pageSize]=1`);
  expect(page.meta.pagination.total === sizes.articles, `${page.meta.pagination.total} published Arabic articles, expected ${sizes.articles}`);
  const incidents = await getJson(`${base}/api/incidents?locale=en&pagination[pageSize]=1`);
  expect(incidents.meta.pagination.total === sizes.incidents, `${incidents.meta.pagination.total} published English incidents, expected ${sizes.incidents}`);
  const places = await getJson(`${base}/api/locations?locale=ar&pagination[pageSize]=1`);
  expect(places.meta.pagination.total === sizes.locations, `${places.meta.pagination.total} Arabic locations, expected ${sizes.locations}`);
  if (sizes.incidents > 0) {
    const [withFigures] = (await getJson(`${base}/api/incidents?locale=ar&populate[casualties]=true&populate[perpetrators][populate]=actor&pagination[pageSize]=20`)).data;
    expect(Number.isInteger(withFigures?.casualties?.killedMin), `casualties of an Arabic incident: ${JSON.stringify(withFigures?.casualties)}`);
    const attributed = (withFigures.perpetrators as any[]).every((p) => /[\u0600-\u06ff]/.test(p.actor?.label ?? ''));
    expect(attributed, `Arabic perpetrators of an incident: ${JSON.stringify(withFigures.perpetrators)}`);
  }

  const article = articles.find((a) => a.incidentIds.length >= 3) ?? articles[0];
  if (!article) return;
  await checkArticle(base, adminToken, article, expect);
}

async function checkArticle(base: string, adminToken: string, article: GeneratedArticle, expect: (ok: boolean, what: string) => void) {
  const id = article.documentId;
  const [ar] = (await getJson(`${base}/api/articles?locale=ar&populate=locations&filters[documentId][$eq]=${id}`)).data;
  expect(ar?.title === article.titles.ar, `Arabic title of ${id}: ${ar?.title}`);
  const names = (ar.locations as any[]).map((l) => l.name as string);
  expect(names.length === article.locationIds.length && names.every((n) => /[\u0600-\u06ff]/.test(n)), `Arabic places of ${id}: ${names.join(', ')}`);

  const linked = (await getJson(`${base}/api/incident-linker/articles/${id}/incidents?locale=ar`)).data as any[];
  const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
  expect(sameSet(linked.map((i) => i.documentId), article.incidentIds), `linked incidents of ${id}`);
  expect(linked.every((i) => i.locale === 'ar' && !i.fallback && i.location?.name), `Arabic linked incidents of ${id} with their places`);

  const [withLinks] = (await getJson(`${base}/api/articles?locale=ar&withLinks=true&filters[documentId][$eq]=${id}`)).data;
  expect(sameSet(withLinks.linkedIncidents.map((i: any) => i.documentId), article.incidentIds), `?withLinks of ${id}`);

  const admin = { Authorization: `Bearer ${adminToken}` };
  const links = (await getJson(`${base}/incident-linker/articles/${id}/links?locale=ar`, admin)).data as any[];
  expect(links.length === article.incidentIds.length, `admin links of ${id}: ${links.length}`);
  const suggested = (await getJson(`${base}/incident-linker/articles/${id}/suggestions?locale=ar`, admin)).data.suggestions as any[];
  expect(suggested.some((s) => s.linked && article.incidentIds.includes(s.incident.documentId)), `suggestions of ${id} include a linked incident`);
}

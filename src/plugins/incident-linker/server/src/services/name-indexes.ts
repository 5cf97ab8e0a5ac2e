import type { Core } from '@strapi/strapi';
import { parseAliases } from '../../../../../lib/gazetteer';
import { buildNameIndex, type NameIndex } from '../../../../../lib/name-index';
import { placeDirectory, type Places } from '../../../../../server-shared/places';
import { INCIDENT_TYPE, WEAPON } from '../../../../../uids';

/** The names the suggestions look for in an article: places (shared with the public API) and vocabulary terms. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  return {
    /** Every place with its names and ancestors, for finding places named in a text. */
    placeDirectory: (): Promise<Places> => placeDirectory(strapi),

    /** Weapon and incident-type terms by their labels and aliases in every language and their keys. Small: read each time. */
    async vocabulary(): Promise<NameIndex> {
      const terms: { documentId: string; key: string; label: string; aliases: string | null }[] = [];
      for (const uid of [WEAPON, INCIDENT_TYPE]) {
        terms.push(...(await strapi.db.query(uid).findMany({ select: ['documentId', 'key', 'label', 'aliases'] })));
      }
      const names = new Map<string, string[]>();
      for (const term of terms) {
        names.set(term.documentId, [...(names.get(term.documentId) ?? []), term.label, ...parseAliases(term.aliases), term.key.replace(/-/g, ' ')]);
      }
      return buildNameIndex([...names].map(([id, all]) => ({ id, names: all })));
    },
  };
};

import type { Core } from '@strapi/strapi';
import { buildNameIndex, parseAliases, type NameIndex } from '@syria-cms/bilingual-text';
import { attributesOf, placeDirectory, type Places, queryOf } from '@syria-cms/strapi-server-helpers';
import { linkerConfig } from '../config';

/** The names the suggestions look for in an article: places (shared with the public API) and vocabulary terms. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = linkerConfig(strapi);
  /** The vocabularies an incident's term fields relate to (weapons, incident types, ...). */
  const vocabularyTypes = () => {
    const attributes = attributesOf(strapi, config.incidentType);
    return [...new Set(config.termFields.map((field) => attributes[field]?.target as string))];
  };

  return {
    /** Every place with its names and ancestors, for finding places named in a text. */
    placeDirectory: (): Promise<Places> => placeDirectory(strapi, config.placeType),

    /** Vocabulary terms by their labels and aliases in every language and their keys. Small: read each time. */
    async vocabulary(): Promise<NameIndex> {
      const terms: { documentId: string; key: string; label: string; aliases: string | null }[] = [];
      for (const uid of vocabularyTypes()) {
        terms.push(...(await queryOf(strapi, uid).findMany({ select: ['documentId', 'key', 'label', 'aliases'] })));
      }
      const names = new Map<string, string[]>();
      for (const term of terms) {
        names.set(term.documentId, [...(names.get(term.documentId) ?? []), term.label, ...parseAliases(term.aliases), term.key.replace(/-/g, ' ')]);
      }
      return buildNameIndex([...names].map(([id, all]) => ({ id, names: all })));
    },
  };
};

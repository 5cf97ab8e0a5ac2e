import type { Core } from '@strapi/strapi';
import { parseAliases } from '../../../../../lib/gazetteer';
import { buildNameIndex, type NameIndex } from '../../../../../lib/name-index';
import { INCIDENT_TYPE, LOCATION, WEAPON } from '../../../../../uids';
import type { Gazetteer } from '../ranking';

interface PlaceIndex {
  names: NameIndex;
  /** The gazetteer in one language: names in that locale where the place has one. */
  inLocale(locale: string): Gazetteer;
}

/**
 * The gazetteer's names folded into an index, kept per instance because building it reads every
 * place. Several instances share one database, so before each use the cache is checked against a
 * fingerprint of the locations table (row count and latest update): a place created, renamed or
 * deleted through any instance is seen by every other at its next suggestion.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: { fingerprint: string; index: PlaceIndex } | undefined;

  async function fingerprint(): Promise<string> {
    const { tableName } = strapi.db.metadata.get(LOCATION);
    const row = await strapi.db.connection(tableName).count({ rows: '*' }).max({ latest: 'updated_at' }).first();
    return `${row?.rows}:${row?.latest instanceof Date ? row.latest.getTime() : row?.latest}`;
  }

  async function build(): Promise<PlaceIndex> {
    const rows: any[] = await strapi.db.query(LOCATION).findMany({
      select: ['documentId', 'name', 'aliases', 'level', 'locale'],
      populate: { parent: { select: ['documentId'] } },
    });
    const names = new Map<string, string[]>();
    const parent = new Map<string, string | null>();
    const level = new Map<string, string>();
    const display = new Map<string, Map<string, string>>();
    for (const row of rows) {
      names.set(row.documentId, [...(names.get(row.documentId) ?? []), row.name, ...parseAliases(row.aliases)]);
      parent.set(row.documentId, row.parent?.documentId ?? parent.get(row.documentId) ?? null);
      level.set(row.documentId, row.level);
      display.set(row.documentId, (display.get(row.documentId) ?? new Map()).set(row.locale, row.name));
    }
    const nameIn = (id: string, locale: string) => {
      const byLocale = display.get(id);
      return byLocale?.get(locale) ?? byLocale?.values().next().value ?? id;
    };
    const gazetteer = (locale: string): Gazetteer => ({
      parentOf: (id) => parent.get(id) ?? null,
      levelOf: (id) => level.get(id) ?? null,
      nameOf: (id) => nameIn(id, locale),
    });
    return {
      names: buildNameIndex([...names].map(([id, all]) => ({ id, names: all }))),
      inLocale: gazetteer,
    };
  }

  return {
    async places(): Promise<PlaceIndex> {
      const current = await fingerprint();
      if (cached?.fingerprint !== current) cached = { fingerprint: current, index: await build() };
      return cached.index;
    },

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

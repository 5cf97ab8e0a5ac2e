/**
 * Tables that bring other datasets' words into this CMS's vocabularies (see
 * src/data-exchange/settings.ts). Edit them here, or teach a term a word by adding it to the term's
 * aliases in the admin panel: a value missing from a table is looked up among the vocabulary's
 * keys, labels and aliases. A value found in neither is reported by the import's dry run.
 */
export default () => ({
  /**
   * Other layouts, read as a native mapping once their columns are renamed: a file column's name
   * → the native column it holds (README, "Import"). The start fails, naming it, on a mapping
   * that names a native column its base does not read.
   */
  mappings: [
    {
      name: 'newsroom-sheet',
      label: 'The newsroom’s incident sheet (before this CMS)',
      description: 'The Excel sheet the media department kept its incidents in before this CMS, one incident per row, matched by its ID column.',
      base: 'native-incidents',
      columns: {
        ID: 'external_id',
        Date: 'date',
        'Title (English)': 'title',
        'Title (Arabic)': 'title__ar',
        Place: 'location',
        Type: 'incident_type',
        Weapons: 'weapons',
        Killed: 'killed_min',
        'Killed (up to)': 'killed_max',
        Injured: 'injured_min',
        Summary: 'description',
        'Summary (Arabic)': 'description__ar',
      },
    },
  ],
  acled: {
    skipEventTypes: ['Protests', 'Riots', 'Strategic developments'],
    incidentTypes: {
      'Air/drone strike': 'airstrike',
      'Shelling/artillery/missile attack': 'shelling',
      'Chemical weapon': 'chemical-attack',
    },
    weapons: {
      'Chemical weapon': ['chemical-weapon'],
      'Air/drone strike': ['aerial-bomb'],
    },
    actors: {
      'Military Forces of Syria (2000-2024)': 'syrian-government-forces',
      'Military Forces of Syria (2000-)': 'syrian-government-forces',
      'Military Forces of Russia (2000-)': 'russian-armed-forces',
      'Military Forces of the United States (2021-)': 'united-states-armed-forces',
      'Military Forces of the United States (2017-2021)': 'united-states-armed-forces',
    },
    newSourceKind: 'media-outlet',
  },
  casualtyTable: {
    actors: {
      'Russia': 'russian-armed-forces',
      'Syrian regime': 'syrian-government-forces',
      'Coalition': 'united-states-armed-forces',
    },
  },
  gazetteer: {
    communityLevel: 'town',
  },
});

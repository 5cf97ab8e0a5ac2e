import { mappingsOf } from '../../src/data-exchange/mappings';
import type { ConfiguredMapping, DataExchangeSettings } from '../../src/data-exchange/settings';
import settings from '../../config/data-exchange';

/** Mappings added by configuration are checked when the server starts: a mistake there names itself. */
const withMappings = (mappings: ConfiguredMapping[]): DataExchangeSettings => ({ ...(settings() as DataExchangeSettings), mappings });
const sheet = (overrides: Partial<ConfiguredMapping> = {}): ConfiguredMapping => ({
  name: 'partner-sheet',
  label: 'A partner’s sheet',
  description: 'One incident per row',
  base: 'native-incidents',
  columns: { Code: 'external_id', Day: 'date' },
  ...overrides,
});

test('the shipped configuration is valid, and its mapping reads the native columns it names', () => {
  const mappings = mappingsOf(settings() as DataExchangeSettings);
  const newsroom = mappings.find(({ name }) => name === 'newsroom-sheet')!;
  expect(newsroom.types).toEqual(['api::incident.incident']);
  expect(newsroom.columns.find(({ name }) => name === 'Killed')?.description).toMatch(/native-incidents: killed_min/);
});

test('a mapping naming a column its base does not read, an unknown base or a taken name is refused, naming it', () => {
  expect(() => mappingsOf(withMappings([sheet({ columns: { Code: 'external_id', Deaths: 'killed' } })]))).toThrow(
    'config/data-exchange.ts mapping "partner-sheet" maps a column to "killed", which native-incidents does not read'
  );
  expect(() => mappingsOf(withMappings([sheet({ base: 'acled' })]))).toThrow('is based on "acled", which is not a native mapping');
  expect(() => mappingsOf(withMappings([sheet({ name: 'acled' })]))).toThrow('another mapping has that name');
  expect(mappingsOf(withMappings([sheet()])).map(({ name }) => name)).toContain('partner-sheet');
});

import fs from 'node:fs';
import path from 'node:path';
import { PUBLIC_MODELS } from '../../src/public-api/contract';
import { contractMarkdown } from '../../src/public-api/readme';
import { appSchemas } from '../helpers/schemas';

/**
 * The README's public-contract section is the declaration written out. After changing the
 * contract, regenerate it: UPDATE_README=1 npx jest tests/unit/public-contract-readme.test.ts
 */
const README = path.join(__dirname, '..', '..', 'README.md');
const START = '<!-- public-contract:start (generated from src/public-api/contract.ts) -->';
const END = '<!-- public-contract:end -->';

test('the README states the public contract exactly as the server enforces it', () => {
  const schemas = appSchemas();
  const expected = contractMarkdown({ models: PUBLIC_MODELS, attributesOf: (uid) => schemas[uid] });
  const readme = fs.readFileSync(README, 'utf8');
  const [before, rest = ''] = readme.split(START);
  const after = rest.split(END)[1] ?? '';
  if (process.env.UPDATE_README === '1') fs.writeFileSync(README, `${before}${START}\n${expected}\n${END}${after}`);
  expect(readme).toContain(`${START}\n${expected}\n${END}`);
});

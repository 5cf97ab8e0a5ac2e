import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The CI check that keeps packages apart (scripts/check-package-boundaries.js), run on small trees. */
const SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'check-package-boundaries.js');

const made: string[] = [];
afterAll(() => made.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'boundaries-'));
  made.push(root);
  const all = { 'package.json': JSON.stringify({ workspaces: ['packages/text', 'src/plugins/linker'] }), ...files };
  for (const [file, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}
const check = (root: string) => spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8' });

test('imports inside a package, and of other packages by name, pass', () => {
  const result = check(
    tree({
      'packages/text/src/index.ts': "export * from './fold';",
      'packages/text/src/fold.ts': 'export const fold = (s: string) => s;',
      'src/plugins/linker/server/src/index.ts': "import { fold } from '@app/text';\nimport { id } from '../../shared/id';",
      'src/plugins/linker/shared/id.ts': "export const id = 'linker';",
      'src/index.ts': "import { fold } from '@app/text';\nimport { uids } from './uids';",
    })
  );
  expect(result.status).toBe(0);
});

test.each([
  ['a plugin reaching into the app', 'src/plugins/linker/server/src/index.ts', "import { ARTICLE } from '../../../../uids';", 'the app'],
  ['the app reaching into a plugin', 'tests/ranking.test.ts', "import { rank } from '../src/plugins/linker/server/src/rank';", 'src/plugins/linker'],
  ['a package reaching into another', 'packages/text/src/index.ts', "const linker = require('../../../src/plugins/linker/shared/id');", 'src/plugins/linker'],
])('%s fails the check, naming the file, the line and the import', (_case, file, line, into) => {
  const result = check(tree({ [file]: `// first line\n${line}\n` }));
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`${file}:2:`);
  expect(result.stderr).toContain(`reaches into ${into}`);
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { releaseFingerprint, type ReleaseInputs } from '../../src/response-cache/release';

/** The release fingerprint changes with any byte of code, any file, the lockfile or a setting, and with nothing else. */
let root: string;
let inputs: ReleaseInputs;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'release-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write('dist/src/index.js', 'module.exports = 1;');
  write('dist/src/api/article.js', 'module.exports = "article";');
  write('plugin/dist/server.js', 'module.exports = "plugin";');
  write('package-lock.json', '{"lockfileVersion":3}');
  inputs = {
    codeDirs: [path.join(root, 'dist/src'), path.join(root, 'plugin/dist')],
    files: [path.join(root, 'package-lock.json')],
    configuration: [['server', { url: 'https://example.org' }]],
  };
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const fingerprint = () => releaseFingerprint(inputs);

test('the same release gives the same fingerprint, wherever it lies on disk', () => {
  const first = fingerprint();
  expect(fingerprint()).toBe(first);
  const moved = `${root}-moved`;
  fs.renameSync(root, moved);
  const same = releaseFingerprint({
    ...inputs,
    codeDirs: inputs.codeDirs.map((dir) => dir.replace(root, moved)),
    files: inputs.files.map((file) => file.replace(root, moved)),
  });
  fs.renameSync(moved, root);
  expect(same).toBe(first);
});

test.each([
  ['a byte of compiled code', () => fs.appendFileSync(path.join(root, 'dist/src/api/article.js'), ' ')],
  ['a plugin file', () => fs.writeFileSync(path.join(root, 'plugin/dist/server.js'), 'module.exports = "plugin 2";')],
  ['a new file', () => fs.writeFileSync(path.join(root, 'dist/src/new.js'), '')],
  ['a file renamed', () => fs.renameSync(path.join(root, 'dist/src/index.js'), path.join(root, 'dist/src/main.js'))],
  ['the lockfile', () => fs.writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3,"x":1}')],
  ['a setting', () => (inputs.configuration = [['server', { url: 'https://other.example.org' }]])],
])('%s changes it', (_what, change) => {
  const before = fingerprint();
  change();
  expect(fingerprint()).not.toBe(before);
});

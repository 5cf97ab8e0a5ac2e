import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import packageJson from '../../package.json';
import syriaOutline from '../../src/admin/map-preview/syria-outline.json';

/**
 * The committed outline (src/admin/map-preview/syria-outline.json) is what
 * scripts/extract-syria-outline.js makes from the world-atlas version package.json names, so
 * anyone can check where the map's border comes from, and an upgrade of world-atlas shows as a
 * diff of the file. world-atlas and topojson-client are development dependencies: the admin panel
 * ships the extracted file, nothing is fetched at run time.
 */
const root = path.join(__dirname, '..', '..');
const devDependencies: Record<string, string> = (packageJson as { devDependencies?: Record<string, string> }).devDependencies ?? {};
const worldAtlas = devDependencies['world-atlas'];

test('the committed outline names the world-atlas version in package.json', () => {
  expect(worldAtlas).toBeDefined();
  expect(syriaOutline.properties.source.startsWith(`world-atlas@${worldAtlas.replace(/^[\^~]/, '')} `)).toBe(true);
});

test('the committed outline is what scripts/extract-syria-outline.js produces', () => {
  const produced = execFileSync(process.execPath, [path.join(root, 'scripts', 'extract-syria-outline.js'), '--stdout'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(JSON.parse(produced)).toEqual(syriaOutline);
  // Byte for byte too: the script's formatting is the file's.
  execFileSync(process.execPath, [path.join(root, 'scripts', 'extract-syria-outline.js'), '--check'], { cwd: root, stdio: 'pipe' });
});

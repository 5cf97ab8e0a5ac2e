#!/usr/bin/env node
/**
 * Builds the workspace packages (packages/*, then the plugins in src/plugins/*) whose sources
 * changed since their last build, in the order package.json lists them: Strapi loads the plugins
 * from their dist/, as it would from any installed package. A fresh clone builds everything
 * (about 30 s); an unchanged tree builds nothing. `--force` builds everything anyway.
 */
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.join(__dirname, '..');
// Outside the packages (npm pack would ship a stamp in dist/); a fresh `npm ci` clears them.
const STAMPS = path.join(root, 'node_modules', '.cache', 'workspace-builds');
const SKIP = new Set(['node_modules', 'dist', 'tests', '.turbo']);

function newestChange(folder) {
  let newest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildWorkspaces({ force = false } = {}) {
  for (const workspace of require(path.join(root, 'package.json')).workspaces) {
    const folder = path.join(root, workspace);
    const { name } = require(path.join(folder, 'package.json'));
    const stamp = path.join(STAMPS, `${name.replace('/', '+')}.built`);
    const builtAt = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
    // A build is kept by its dist/; a stamp left over (node_modules copied, dist/ cleaned) must not hide its absence.
    const built = fs.existsSync(path.join(folder, 'dist')) && builtAt > newestChange(folder);
    if (!force && built) continue;
    console.log(`Building ${name}`);
    try {
      // The bundlers' progress is noise, shown only when the build fails (tsc reports on stdout).
      execFileSync('npm', ['run', 'build', '--silent'], { cwd: folder, stdio: 'pipe' });
    } catch (error) {
      process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
      throw new Error(`The build of ${name} failed`);
    }
    fs.mkdirSync(STAMPS, { recursive: true });
    fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
  }
}

module.exports = { buildWorkspaces };

if (require.main === module) buildWorkspaces({ force: process.argv.includes('--force') });

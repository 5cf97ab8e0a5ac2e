#!/usr/bin/env node
/**
 * Fails when a file imports another package's file by relative path. The app and each workspace
 * (packages/*, src/plugins/*) are packages; they reach one another by package name only, so that
 * each can be built, tested and installed on its own. Prints every crossing import and exits 1.
 */
const fs = require('node:fs');
const path = require('node:path');

// The repository, or another tree given as the first argument (the check's own test uses one).
const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
const workspaces = require(path.join(root, 'package.json')).workspaces.map((folder) => path.join(root, folder));
const SKIP = new Set(['node_modules', 'dist', '.strapi', '.tmp', '.cache', 'build', '.git', 'coverage']);
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|\bjest\.mock\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]*|\.{1,2})['"]/gm;

const packageOf = (file) => workspaces.find((folder) => file.startsWith(folder + path.sep)) ?? root;

function* sourceFiles(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(c|m)?(t|j)sx?$/.test(entry.name)) yield full;
  }
}

const crossings = [];
for (const file of sourceFiles(root)) {
  const text = fs.readFileSync(file, 'utf8');
  for (const match of text.matchAll(IMPORT)) {
    const target = path.resolve(path.dirname(file), match[1]);
    if (packageOf(target) !== packageOf(file)) {
      const line = text.slice(0, match.index).split('\n').length;
      crossings.push(
        `${path.relative(root, file)}:${line}: '${match[1]}' reaches into ${path.relative(root, packageOf(target)) || 'the app'}`,
      );
    }
  }
}

if (crossings.length > 0) {
  console.error(
    `${crossings.length} imports cross a package boundary by relative path; import the package by its name instead:\n${crossings.join('\n')}`,
  );
  process.exit(1);
}
console.log(`No import crosses a package boundary (${workspaces.length} workspaces and the app).`);

import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

/** Where an instance's answers come from besides the data: code and settings. */
export interface ReleaseInputs {
  /** Folders of code, hashed file by file (path and bytes). */
  codeDirs: string[];
  /** Single files, such as the lockfile that pins every installed package. */
  files: string[];
  /** The settings, as plain data. */
  configuration: unknown;
}

/**
 * A short fingerprint of the release an instance runs: its compiled app, our workspace packages
 * and plugins, the installed packages (the lockfile) and its settings. Entries in the shared cache
 * are kept under it, so that during a rolling deploy, or beside an instance started with other
 * settings, no instance serves an answer another release made; instances of one release share
 * theirs. The same inputs give the same fingerprint on every machine.
 */
export function releaseFingerprint({ codeDirs, files, configuration }: ReleaseInputs): string {
  const hash = createHash('sha256');
  for (const dir of codeDirs) hashTree(hash, dir, dir);
  for (const file of files) hashFile(hash, file, path.basename(file));
  hash.update(JSON.stringify(configuration) ?? '');
  return hash.digest('hex').slice(0, 16);
}

/**
 * This instance's release. Settings are every configuration file's values but the database's:
 * where the data is (a host, a pool) says nothing of how answers are made, and instances reaching
 * one database by different routes still share answers. Secrets are among the settings: only 16
 * hex digits of their digest reach Redis, in key names, and a rotated secret is a new release.
 */
export function releaseOf(strapi: Core.Strapi): string {
  const root = strapi.dirs.app.root;
  const workspaces: string[] = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).workspaces ?? [];
  const settingNames = fs
    .readdirSync(strapi.dirs.app.config)
    .map((file) => path.parse(file).name)
    .filter((name) => name !== 'database')
    .sort();
  return releaseFingerprint({
    codeDirs: [strapi.dirs.dist.src, strapi.dirs.dist.config, ...workspaces.map((workspace) => path.join(root, workspace, 'dist'))],
    files: [path.join(root, 'package-lock.json')],
    configuration: settingNames.map((name) => [name, strapi.config.get(name)]),
  });
}

function hashTree(hash: Hash, dir: string, base: string) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) hashTree(hash, full, base);
    else if (entry.isFile()) hashFile(hash, full, path.relative(base, full));
  }
}

function hashFile(hash: Hash, file: string, name: string) {
  if (!fs.existsSync(file)) return;
  const bytes = fs.readFileSync(file);
  // Name and length first, so that no two different sets of files hash the same bytes.
  hash.update(`${name}\0${bytes.length}\0`);
  hash.update(bytes);
}

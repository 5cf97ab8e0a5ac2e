#!/usr/bin/env node
// Writes .env from .env.example on a fresh clone, replacing each placeholder secret with a random
// value, so that `npm run develop` works at once and no two machines share secrets.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const target = path.join(root, '.env');
if (fs.existsSync(target)) process.exit(0);

const random = () => crypto.randomBytes(24).toString('base64');
const text = fs
  .readFileSync(path.join(root, '.env.example'), 'utf8')
  .replace(/^APP_KEYS=.*$/m, () => `APP_KEYS="${[random(), random(), random(), random()].join(',')}"`)
  .replace(/=tobemodified$/gm, () => `=${random()}`);
fs.writeFileSync(target, text, { mode: 0o600 });
console.log('Wrote .env with fresh random secrets (from .env.example).');

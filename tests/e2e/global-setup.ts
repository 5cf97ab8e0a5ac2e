import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { applyTestEnvironment } from '../helpers/test-env';

/** Builds the admin panel (and compiles the server) once for the browser tests. */
export default async function globalSetup() {
  applyTestEnvironment();
  const appDir = path.join(__dirname, '..', '..');
  execFileSync(path.join(appDir, 'node_modules', '.bin', 'strapi'), ['build'], {
    cwd: appDir,
    env: process.env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

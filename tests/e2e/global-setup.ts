import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REQUIRED_SECRETS } from '../../src/lib/secrets';
import { buildWorkspaces } from '../../scripts/build-workspaces';
import { applyTestEnvironment } from '../helpers/test-env';

/**
 * Builds the admin panel (and compiles the server) once for the browser tests, without secrets, as
 * on a fresh clone or a build server: set empty, they are not read from a `.env` either.
 */
export default async function globalSetup() {
  applyTestEnvironment();
  const appDir = path.join(__dirname, '..', '..');
  buildWorkspaces();
  const noSecrets = Object.fromEntries(REQUIRED_SECRETS.map((name) => [name, '']));
  execFileSync(path.join(appDir, 'node_modules', '.bin', 'strapi'), ['build'], {
    cwd: appDir,
    env: { ...process.env, ...noSecrets },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

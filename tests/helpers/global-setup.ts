import path from 'node:path';
import { compileApp } from '../../scripts/compile-app';

/** Builds the workspace packages and compiles the app once per run; every test file boots Strapi from dist/. */
export default async function globalSetup() {
  await compileApp();
}

import path from 'node:path';
import { compileStrapi } from '@strapi/strapi';

/** Compiles the TypeScript app once per run; every test file boots Strapi from dist/. */
export default async function globalSetup() {
  await compileStrapi({ appDir: path.join(__dirname, '..', '..') });
}

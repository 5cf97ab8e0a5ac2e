#!/usr/bin/env node
/**
 * `npm run export -- --type incidents --format csv [--language both] [--out incidents.csv]` and, for
 * incidents, the public API's filters (`--from 2017-04-01 --location SY07 --weapon white-phosphorus`;
 * the incident type is `--incident-type`, as `--type` is the type exported):
 * every record of a type in the native layout, drafts and private fields included (it runs as the
 * server). Writes to --out, or to stdout; a progress bar on stderr when it is a terminal.
 * Exits 2 naming each bad parameter.
 */
const fs = require('node:fs');
const path = require('node:path');
const { pipeline } = require('node:stream/promises');
const { SingleBar, Presets } = require('cli-progress');

/** `--name value` and `--name=value` pairs, as the query of the admin route would hold them. */
function parameters(argv) {
  const query = {};
  for (let index = 0; index < argv.length; index += 1) {
    const match = /^--([^=]+)(?:=(.*))?$/.exec(argv[index]);
    if (!match) throw new Error(`Expected --name value, got "${argv[index]}"`);
    query[match[1]] = match[2] ?? argv[(index += 1)];
  }
  return query;
}

async function main() {
  const { out, type, 'incident-type': incidentType, ...query } = parameters(process.argv.slice(2));
  if (incidentType !== undefined) query.type = incidentType;
  // The file may go to stdout: everything else the run prints (Strapi's logs, the build) goes to stderr.
  const output = out ? fs.createWriteStream(out) : fs.createWriteStream('', { fd: process.stdout.fd });
  process.stdout.write = process.stderr.write.bind(process.stderr);
  process.env.LOG_LEVEL ??= 'warn';

  const { createStrapi } = require('@strapi/strapi');
  const { databaseSettled } = require('@syria-cms/strapi-server-helpers');
  const { compileApp } = require('./compile-app');
  const context = await compileApp();
  const app = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
  const exportDir = path.join(context.distDir, 'src', 'data-exchange', 'export');
  const { readExportParameters } = require(path.join(exportDir, 'export-parameters'));
  const { exportRecords } = require(path.join(exportDir, 'export-records'));
  const bar = process.stderr.isTTY ? new SingleBar({ stream: process.stderr, format: '{bar} {value}/{total} records' }, Presets.shades_classic) : undefined;
  let written;
  try {
    const request = await readExportParameters(type, query);
    const file = await exportRecords(app, { ...request, audience: { kind: 'server' }, onRecord: () => bar?.increment() });
    bar?.start(file.total, 0);
    await pipeline(file.stream, output);
    written = `${file.total} ${request.type} written${out ? ` to ${out}` : ''}.`;
  } finally {
    bar?.stop();
    await databaseSettled(app);
    await app.destroy();
  }
  console.error(written);
}

main().catch((error) => {
  const problems = error.details?.errors;
  if (problems) for (const problem of problems) console.error(`${problem.path.join('.')}: ${problem.message}`);
  else console.error(error);
  process.exit(problems ? 2 : 1);
});

#!/usr/bin/env node
/**
 * `npm run import -- --mapping acled [--dry-run] [--encoding auto|utf-8|windows-1256] [--delimiter auto|,|;|tab||] [--json] file.csv`
 *
 * Imports a CSV or XLSX file into the configured database, as the admin panel's Import page does:
 * a dry run first, which lists what would be created, updated and left alone and every problem by
 * row and column; then, unless --dry-run or a problem was found, the commit, all or nothing, with
 * a progress bar. Runs as the server (the write steps and the change history record it as such).
 * Exits 0 when the file was imported (or would be, with --dry-run), 1 when it has problems, 2 on a
 * usage error.
 */
const path = require('node:path');
const { parseArgs } = require('node:util');
const cliProgress = require('cli-progress');
const { withStrapi } = require('./with-strapi');

const USAGE = 'Usage: npm run import -- --mapping <name> [--dry-run] [--encoding auto|utf-8|utf-16le|windows-1256] [--delimiter auto|,|;|tab||] [--json] <file>';

function options() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      mapping: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      encoding: { type: 'string', default: 'auto' },
      delimiter: { type: 'string', default: 'auto' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.mapping || positionals.length !== 1) {
    console.error(USAGE);
    process.exit(2);
  }
  return { ...values, delimiter: values.delimiter === 'tab' ? '\t' : values.delimiter, file: path.resolve(positionals[0]) };
}

/** A bar on stderr when it is a terminal; nothing otherwise (a script's log stays readable). */
function progressBar(label, total) {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total} rows | {eta_formatted} left`, stream: process.stderr }, cliProgress.Presets.shades_classic);
  bar.start(total, 0);
  return bar;
}

function describe(report) {
  const lines = [`${report.rows} rows read (${JSON.stringify(report.format)})${report.skipped ? `, ${report.skipped} skipped by the mapping` : ''}`];
  for (const { type, create, update, unchanged } of report.summary) lines.push(`  ${type}: ${create} to create, ${update} to update, ${unchanged} unchanged`);
  if (report.ignoredColumns.length) lines.push(`Columns the mapping does not read: ${report.ignoredColumns.join(', ')}`);
  for (const problem of report.problems) {
    const where = problem.row === null ? 'file' : `row ${problem.row}`;
    const closest = problem.suggestions?.length ? ` (closest: ${problem.suggestions.join(', ')})` : '';
    lines.push(`  ${where}, ${problem.column ?? '-'}: ${problem.reason}${closest}`);
  }
  if (report.problemCount > report.problems.length) lines.push(`  … and ${report.problemCount - report.problems.length} more problems`);
  return lines.join('\n');
}

const args = options();

withStrapi(async (app, distDir) => {
  const { previewImport, commitImport } = require(path.join(distDir, 'src', 'data-exchange', 'import', 'run'));
  const settings = { mapping: args.mapping, encoding: args.encoding, delimiter: args.delimiter };
  const preview = await previewImport(app, args.file, settings);
  if (args.json && (args['dry-run'] || preview.problemCount > 0)) console.log(JSON.stringify(preview, null, 2));
  else console.log(describe(preview));
  if (preview.problemCount > 0) {
    console.error(`Nothing was written: ${preview.problemCount} problem(s). Correct the file and run again.`);
    process.exitCode = 1;
    return;
  }
  if (args['dry-run']) return;
  const bar = progressBar('Importing', preview.rows);
  const report = await commitImport(app, args.file, { ...settings, onProgress: (done) => bar.update(done) }).finally(() => bar.stop());
  if (args.json) console.log(JSON.stringify(report, null, 2));
  const written = report.summary.map(({ type, create, update }) => `${type}: ${create} created, ${update} updated`).join('; ');
  console.log(`Imported ${report.rows} rows in one transaction. ${written}`);
}).catch((error) => {
  console.error(error.message ?? error);
  process.exitCode = 1;
});

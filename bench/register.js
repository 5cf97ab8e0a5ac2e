'use strict';

/**
 * Lets `node -r ./bench/register.js bench/x.ts` run the benchmarks from source: TypeScript is
 * stripped by @swc/core (already installed for @swc/jest), the way @swc/register would, without
 * adding a package. Type errors are not checked here (`npx tsc -p bench/tsconfig.json` does).
 */
const fs = require('node:fs');
const Module = require('node:module');
const swc = require('@swc/core');

Module._extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  });
  module._compile(code, filename);
};

'use strict';

// The server half is TypeScript compiled with the app (tsconfig.json) into dist/, which every
// Strapi command and the test set-up build before loading; the admin half is bundled from source.
module.exports = require('../../../dist/src/plugins/translation-workflow/server/src').default;

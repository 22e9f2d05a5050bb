'use strict';
// In this repository (sources next to it), the compiled workspace package, so `npm run build` is enough to try a
// change; in the installed package, the bundle made by `npm pack` (engine and rules inside; TypeScript and
// @typescript-eslint/parser, its peers, beside it).
const fs = require('node:fs');
const path = require('node:path');
module.exports = require(fs.existsSync(path.join(__dirname, 'src')) ? './dist/index.js' : './bundle/index.js');

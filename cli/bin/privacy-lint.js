#!/usr/bin/env node
'use strict';
// In this repository (sources next to it), the compiled workspace packages, so `npm run build` is enough to try a
// change; in the installed package, the bundle made by `npm pack` (engine and rules inside, TypeScript beside it).
const fs = require('node:fs');
const path = require('node:path');
const entry = fs.existsSync(path.join(__dirname, '..', 'src')) ? '../dist/main.js' : '../bundle/privacy-lint.js';
require(entry).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

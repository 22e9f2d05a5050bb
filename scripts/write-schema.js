'use strict';
// Writes schemas/privacy-lint.schema.json from the engine's schema (the single source of truth),
// so editors and CI can use the file while the engine validates with the same object.
const fs = require('node:fs');
const path = require('node:path');
const { configSchema } = require('../engine/dist/config/schema.js');
const out = path.join(__dirname, '..', 'schemas', 'privacy-lint.schema.json');
const text = JSON.stringify(configSchema, null, 2) + '\n';
if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) fs.writeFileSync(out, text);

'use strict';
// After the TypeScript build: writes schemas/privacy-lint.schema.json from the engine's schema (the single
// source of truth, so editors and CI use the file while the engine validates with the same object),
// schemas/privacy-lint-report.schema.json from the CLI's (the JSON record of `privacy-lint report`), and the
// schema's validator as ajv standalone code, so the CLI does not compile the schema on every start.
const fs = require('node:fs');
const path = require('node:path');
const { configSchema } = require('../engine/dist/config/schema.js');
const { createStandaloneAjv, schemaHash } = require('../engine/dist/config/validate.js');
const standaloneCode = require('ajv/dist/standalone').default;

function writeIfChanged(file, text) {
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
}

writeIfChanged(path.join(__dirname, '..', 'schemas', 'privacy-lint.schema.json'), JSON.stringify(configSchema, null, 2) + '\n');
// The schema of `privacy-lint report --format json` (the record of third-party provision), from the CLI's types.
const { reportSchema } = require('../cli/dist/report/schema.js');
writeIfChanged(path.join(__dirname, '..', 'schemas', 'privacy-lint-report.schema.json'), JSON.stringify(reportSchema, null, 2) + '\n');

const ajv = createStandaloneAjv();
const validate = ajv.compile(configSchema);
const code = standaloneCode(ajv, validate);
writeIfChanged(path.join(__dirname, '..', 'engine', 'dist', 'config', 'config-validator.generated.js'),
  `${code}\nmodule.exports.schemaHash = ${JSON.stringify(schemaHash())};\n`);

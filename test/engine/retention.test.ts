/**
 * How long a run without types keeps a file's tree (`TreeRetention`): until the file is linted and no file that
 * imports it is kept any more; imports read from the texts, as the analysis resolves them.
 */
import { strict as assert } from 'node:assert';
import { TreeRetention } from '@privacy-lint/engine/dist/model/retention';

const TEXTS: Record<string, string> = {
  '/p/routes.ts': "import { save } from './service';\nimport { log } from './lib/log';\n",
  '/p/service.ts': "import { insert } from './repo';\nexport * from './types';\nconst { log } = require('./lib/log');\n",
  '/p/repo.ts': "import type { Row } from './types';\nconst m = await import('./lib/log');\n",
  '/p/types.ts': 'export interface Row { id: string }\n',
  '/p/lib/log.ts': "// see './nowhere'\nexport function log(x: unknown) { console.log(x); }\n",
};
const resolve = (from: string, specifier: string): string | undefined => {
  if (!specifier.startsWith('.')) return undefined;
  const target = new URL(`${specifier}.ts`, `file://${from}`).pathname;
  return target in TEXTS ? target : undefined;
};
const make = (files: string[]) => new TreeRetention(files, (f) => TEXTS[f], resolve);

describe('TreeRetention', () => {
  it('lets a file go once it is linted and every file importing it was let go', () => {
    const r = make(['/p/lib/log.ts', '/p/repo.ts', '/p/routes.ts', '/p/service.ts', '/p/types.ts']);
    assert.deepEqual(r.linted('/p/lib/log.ts'), [], 'repo, service and routes import it');
    assert.deepEqual(r.linted('/p/repo.ts'), [], 'service imports it');
    assert.deepEqual(r.linted('/p/routes.ts'), ['/p/routes.ts'], 'nothing imports routes');
    // service goes, then what only it kept: repo (its import), then log (imported by repo, `import()`, and by
    // service, `require`); types is not linted yet.
    assert.deepEqual(r.linted('/p/service.ts').sort(), ['/p/lib/log.ts', '/p/repo.ts', '/p/service.ts']);
    assert.deepEqual(r.linted('/p/types.ts'), ['/p/types.ts']);
  });

  it('keeps a file imported by a file that is not linted yet, whatever the order', () => {
    const r = make(['/p/types.ts', '/p/service.ts']);
    assert.deepEqual(r.linted('/p/types.ts'), [], 'service, not linted yet, imports types');
    // Files outside the run (repo, log) are held by the run's files that import them only.
    assert.deepEqual(r.linted('/p/service.ts').sort(), ['/p/lib/log.ts', '/p/repo.ts', '/p/service.ts', '/p/types.ts']);
  });

  it('a specifier that resolves to no file (here one in a comment) holds nothing', () => {
    const r = make(['/p/lib/log.ts']);
    assert.deepEqual(r.linted('/p/lib/log.ts'), ['/p/lib/log.ts']);
  });
});

// Copies the data files that modules load at run time (fitted models: src/**/*.json) into dist/,
// next to the compiled modules that read them with `new URL('./x.json', import.meta.url)`.
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const src = new URL('../src/', import.meta.url).pathname;
const dist = new URL('../dist/', import.meta.url).pathname;

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.json')) cpSync(path, join(dist, relative(src, path)));
  }
}
walk(src);

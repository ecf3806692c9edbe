#!/usr/bin/env node
// Writes docs/measures.md, the measures reference, from the field catalogue (src/report/catalogue/)
// through the compiled library: run `npm run docs:measures` (builds first). tests/docs/measures-docs.test.ts
// fails when the file is out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { renderMeasuresReference } = await import(pathToFileURL(join(root, 'dist', 'report', 'measures-reference.js')).href);
mkdirSync(join(root, 'docs'), { recursive: true });
const text = renderMeasuresReference();
writeFileSync(join(root, 'docs', 'measures.md'), text);
console.log(`docs/measures.md written (${text.split('\n').length} lines)`);

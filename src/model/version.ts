/** The package's name and version, read from package.json (two levels above src/model/ and dist/model/). */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

export const GENERATOR = Object.freeze({ name: pkg.name, version: pkg.version });

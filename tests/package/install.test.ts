/**
 * The package installs and imports like any npm package: the packed tarball in a new app (ESM
 * import, CommonJS require, a `.cts` file that type-checks), `npm install <folder>` of a clean copy,
 * and only used runtime dependencies. Runs npm against the local cache (`--prefer-offline`; `npm ci`
 * has filled it), so it needs no network on a machine that has run the project's install.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  files: string[];
};
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
const EXAMPLE = join(root, 'fixtures', 'example', 'members.csv');

function sh(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });
}

function newApp(base: string, name: string): string {
  const app = join(base, name);
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true }));
  return app;
}

const RENDERERS = ['renderText', 'renderJson', 'renderHtml', 'renderSvg', 'renderMarkdown', 'renderCsvTables', 'renderGexf', 'renderGraphml', 'renderGraphJson', 'computeLayout'];

describe('the packed package in a new app', () => {
  let base: string;
  let app: string;
  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'cg-pack-'));
    // `npm test` has built dist/; pack without running prepare again.
    const tarball = sh('npm', ['pack', '--ignore-scripts', '--pack-destination', base, '--loglevel=error'], root).trim().split('\n').pop()!;
    app = newApp(base, 'app');
    // @types/node as a Node project has it (the dev dependency's version, from the npm cache).
    const typesNode = JSON.parse(readFileSync(join(root, 'node_modules', '@types', 'node', 'package.json'), 'utf8')).version as string;
    sh('npm', ['install', join(base, tarball), `@types/node@${typesNode}`, ...NPM_FLAGS], app);
  }, 300_000);

  it('ships no source maps and no tests', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else files.push(relative(join(app, 'node_modules', 'cluster-graph'), join(dir, e.name)));
      }
    };
    walk(join(app, 'node_modules', 'cluster-graph'));
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('tests') || f.startsWith('src'))).toEqual([]);
    expect(files).toContain('dist/index.js');
  });

  it('ESM import gives the library and its renderers, and analyses the example', () => {
    writeFileSync(
      join(app, 'esm.mjs'),
      `import * as cg from 'cluster-graph';
const data = await cg.readCluster({ members: ${JSON.stringify(EXAMPLE)} });
const report = await cg.analyze(data, { permutations: 99 });
const names = ${JSON.stringify(['analyze', 'buildCluster', ...RENDERERS])};
console.log(JSON.stringify({ missing: names.filter((n) => typeof cg[n] !== 'function'), members: report.summary.members, svg: cg.renderSvg(report, data.toGraph()).startsWith('<svg') }));`,
    );
    const out = JSON.parse(sh('node', ['esm.mjs'], app));
    expect(out).toEqual({ missing: [], members: 50, svg: true });
  });

  it('require() works (CommonJS) and gives the same exports', () => {
    writeFileSync(
      join(app, 'cjs.cjs'),
      `const cg = require('cluster-graph');
const data = cg.buildCluster({ members: [{ id: 'A' }, { id: 'B' }, { id: 'C' }], ties: [{ source: 'A', target: 'B', weight: 2 }, { source: 'B', target: 'C', weight: 1 }] });
cg.analyze(data, { permutations: 0 }).then((r) => console.log(JSON.stringify({ ties: r.summary.ties, strength: r.members.map((m) => m.strength), renderHtml: typeof cg.renderHtml })));`,
    );
    const out = JSON.parse(sh('node', ['cjs.cjs'], app));
    expect(out).toEqual({ ties: 2, strength: [2, 3, 1], renderHtml: 'function' });
  });

  it('a .cts file type-checks against the shipped types, numbers in row objects included', () => {
    writeFileSync(
      join(app, 'check.cts'),
      `import cg = require('cluster-graph');
const data: cg.ClusterData = cg.buildCluster({ members: [{ id: 1, name: 'One' }, { id: 2 }], ties: [{ source: 1, target: 2, weight: 2 }] });
export const pending: Promise<cg.Report> = cg.analyze(data);
export const md: (r: cg.Report) => string = (r) => cg.renderMarkdown(r);`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] }, files: ['check.cts'] }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() => sh('node', [tsc, '-p', 'tsconfig.json'], app)).not.toThrow();
  });

  it('every runtime dependency is imported by the built code or its types', () => {
    const built: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (/\.(js|d\.ts)$/.test(e.name)) built.push(readFileSync(join(dir, e.name), 'utf8'));
      }
    };
    walk(join(app, 'node_modules', 'cluster-graph', 'dist'));
    const text = built.join('\n');
    const unused = Object.keys(pkg.dependencies).filter((d) => !new RegExp(`(from|import\\()\\s*['"]${d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/[^'"]*)?['"]`).test(text));
    expect(unused).toEqual([]);
  });
});

describe('npm install <folder> of a clean copy', () => {
  it('installs, builds itself and imports', () => {
    const base = mkdtempSync(join(tmpdir(), 'cg-folder-'));
    const copy = join(base, 'cluster-graph');
    // A clean copy: what a clone holds (no node_modules, no dist).
    cpSync(root, copy, { recursive: true, filter: (src) => !/[\\/](node_modules|dist|\.git|bench[\\/]data)$/.test(src) });
    expect(existsSync(join(copy, 'dist'))).toBe(false);
    const app = newApp(base, 'app');
    sh('npm', ['install', copy, ...NPM_FLAGS], app);
    writeFileSync(join(app, 'use.mjs'), `import { buildCluster, analyze } from 'cluster-graph';
const r = await analyze(buildCluster({ members: 'id\\nA\\nB', ties: 'source,target\\nA,B' }), { permutations: 0 });
console.log(r.summary.ties);`);
    expect(sh('node', ['use.mjs'], app).trim()).toBe('1');
  }, 600_000);
});

/**
 * The README is a short front door, and every relative link of README.md and docs/*.md resolves: the
 * file exists and, for `#anchor`s into Markdown files, a heading with that GitHub slug exists.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOCS = join(ROOT, 'docs');
const README = join(ROOT, 'README.md');
const PAGES = [README, ...readdirSync(DOCS).filter((f) => f.endsWith('.md')).map((f) => join(DOCS, f))];

/** The text outside fenced code blocks, line by line (fenced lines become empty, so numbers stay). */
function proseLines(text: string): string[] {
  let fence: string | null = null;
  return text.split('\n').map((line) => {
    const m = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = null;
      return '';
    }
    if (m) {
      fence = m[1];
      return '';
    }
    return /^( {4}|\t)/.test(line) ? '' : line;
  });
}

/** GitHub's heading slug (github-slugger): lower case, punctuation removed, spaces → hyphens. */
function githubSlug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*|__|\*/g, '')
    .trim();
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Slugs of a Markdown file's headings, with GitHub's -1, -2 … suffixes for repeats. */
function anchorsOf(path: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const line of proseLines(readFileSync(path, 'utf8'))) {
    const m = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (!m) continue;
    const base = githubSlug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

interface Link {
  line: number;
  target: string;
}

/** Inline links and images outside code: `[text](target)`, `![alt](target "title")`. */
function linksOf(path: string): Link[] {
  const links: Link[] = [];
  proseLines(readFileSync(path, 'utf8')).forEach((raw, i) => {
    const line = raw.replace(/`[^`]*`/g, 'code');
    for (const m of line.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ line: i + 1, target: m[1] });
  });
  return links;
}

function brokenLinks(path: string): string[] {
  const broken: string[] = [];
  for (const { line, target } of linksOf(path)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto: …
    const [file, anchor] = target.split('#', 2);
    const where = `${relative(ROOT, path)}:${line} → ${target}`;
    const dest = file === '' ? path : resolve(dirname(path), decodeURIComponent(file));
    if (!existsSync(dest)) {
      broken.push(`${where} (no such file)`);
      continue;
    }
    // docs/api.md is TypeDoc's output (checked against TypeDoc by api-docs.test.ts): its links inside
    // the page use TypeDoc's own numbering of repeated names, not GitHub's slugs; links into it are checked.
    const typedocInternal = file === '' && relative(ROOT, path) === join('docs', 'api.md');
    if (anchor !== undefined && !typedocInternal && dest.endsWith('.md') && !anchorsOf(dest).has(decodeURIComponent(anchor))) {
      broken.push(`${where} (no heading with this anchor)`);
    }
  }
  return broken;
}

describe('README.md', () => {
  it('is a front door of at most 400 lines', () => {
    const lines = readFileSync(README, 'utf8').split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    expect(lines.length).toBeLessThanOrEqual(400);
  });

  it('keeps the set-up commands CI runs, the figure and the screenshot', () => {
    const text = readFileSync(README, 'utf8');
    expect(text).toContain('npm ci && node bin/cluster-graph.js analyze fixtures/example/members.csv\nnpm test\n');
    expect(text).toContain('](docs/figure.svg)');
    expect(text).toContain('](docs/html-report.png)');
  });

  it('links to every page of docs/', () => {
    const targets = new Set(linksOf(README).map((l) => l.target.split('#')[0]));
    const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md'));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.filter((f) => !targets.has(`docs/${f}`))).toEqual([]);
  });
});

describe('links in README.md and docs/*.md', () => {
  it.each(PAGES.map((p) => [relative(ROOT, p), p]))('%s: every relative link and anchor resolves', (_name, path) => {
    expect(brokenLinks(path)).toEqual([]);
  });

  it('the link checker finds a missing file and a missing heading, and ignores code', () => {
    expect(githubSlug('SVG figure (`--format svg`)')).toBe('svg-figure---format-svg');
    expect(githubSlug('Triple-Helix synergy (Leydesdorff 2003; Leydesdorff & Ivanova 2014)')).toBe('triple-helix-synergy-leydesdorff-2003-leydesdorff--ivanova-2014');
    expect(githubSlug('Resilience and core–periphery')).toBe('resilience-and-coreperiphery');
    expect(githubSlug('Key players (negative)')).toBe('key-players-negative');
    const anchors = anchorsOf(join(DOCS, 'measures.md'));
    expect(anchors.has('betweenness')).toBe(true);
    expect(anchors.has('no-such-heading')).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'docs-links-'));
    writeFileSync(join(dir, 'other.md'), '# Other page\n\n## Twice\n\n## Twice\n');
    const page = join(dir, 'page.md');
    writeFileSync(
      page,
      [
        '# Page',
        'Fine: [other](other.md), [heading](other.md#other-page), [repeat](other.md#twice-1), [here](#page), [web](https://example.org/x#y).',
        'Broken: [gone](missing.md), [bad anchor](other.md#nowhere), [local](#nowhere-here).',
        '`[in code](not-checked.md)`',
        '```',
        '[in a fence](not-checked-either.md)',
        '```',
      ].join('\n'),
    );
    expect(brokenLinks(page).map((b) => b.replace(/^.*page\.md:/, ''))).toEqual([
      '3 → missing.md (no such file)',
      '3 → other.md#nowhere (no heading with this anchor)',
      '3 → #nowhere-here (no heading with this anchor)',
    ]);
  });
});

describe('user documentation', () => {
  it('tells no development history', () => {
    for (const path of PAGES) {
      const text = readFileSync(path, 'utf8');
      expect(text, relative(ROOT, path)).not.toMatch(/\bissue \d|before this round|second round|used to take/i);
    }
  });
});

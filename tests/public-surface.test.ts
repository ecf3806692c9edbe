/**
 * The library's public surface (src/index.ts) keeps internals out: the atomic file writer is the
 * CLI's business, and the community detection has one engine, so no engine option is offered.
 */
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { loadReference } from './helpers/reference.js';

describe('public surface', () => {
  it('does not export writeFileAtomic', () => {
    expect(Object.keys(lib)).not.toContain('writeFileAtomic');
    expect(Object.keys(lib)).toContain('detectCommunities');
  });

  it('community results do not depend on an engine option (one engine at every size)', () => {
    const L = loadReference('karate');
    const plain = lib.communitiesOnIndex(L.index, { restarts: 2 });
    for (const engine of ['graphology', 'csr']) {
      const r = lib.communitiesOnIndex(L.index, { restarts: 2, engine } as never);
      expect(Array.from(r.assignment)).toEqual(Array.from(plain.assignment));
      expect(r).not.toHaveProperty('engine');
    }
  });
});

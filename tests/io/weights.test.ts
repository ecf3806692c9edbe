/** The accepted range of tie weights (1e-12 ≤ w ≤ 1e12): outside it a row is an error naming line, column, value and range. */
import { describe, expect, it } from 'vitest';
import { buildCluster, MAX_WEIGHT, MIN_WEIGHT } from '../../src/io/build-cluster.js';
import { InputError } from '../../src/model/errors.js';

function weightError(w: string, delimiter = ','): InputError {
  const ties = ['source', 'target', 'weight'].join(delimiter) + '\n' + ['A', 'B', '1'].join(delimiter) + '\n' + ['B', 'C', w].join(delimiter) + '\n';
  try {
    buildCluster({ members: 'id\nA\nB\nC\n', ties });
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error(`weight ${w} was accepted`);
}

describe('weight range', () => {
  it('is 1e-12 … 1e12', () => {
    expect([MIN_WEIGHT, MAX_WEIGHT]).toEqual([1e-12, 1e12]);
  });

  it.each(['1e154', '1e13', '1000000000001', '2e12'])('%s is above the range: an error with file, line, column, value and range', (w) => {
    const e = weightError(w);
    expect(e).toMatchObject({ code: 'invalid-weight', file: 'ties', line: 3, column: 'weight', expected: 'a positive number from 1e-12 to 1e12' });
    expect(e.message).toBe(
      `ties, line 3, column "weight": weight ${w} is above the accepted range (expected a positive number from 1e-12 to 1e12). Rescale the weights of the file into the range (only their ratios matter), or remove the row.`,
    );
  });

  it.each(['1e-13', '0.0000000000001', '5e-300'])('%s is below the range', (w) => {
    const e = weightError(w);
    expect(e.message).toContain(`weight ${w} is below the accepted range (expected a positive number from 1e-12 to 1e12)`);
  });

  it('a decimal comma in a semicolon file is checked against the range too', () => {
    expect(weightError('0,0000000000001', ';').message).toContain('weight 0,0000000000001 is below the accepted range');
  });

  it('the bounds and the values between are accepted as written; just beyond the bounds is not', () => {
    for (const w of ['1e12', '1e-12', '999999999999', '0.5', '7']) {
      const d = buildCluster({ members: 'id\nA\nB\n', ties: `source,target,weight\nA,B,${w}\n` });
      d.toGraph().forEachEdge((_e, a) => expect(a.weight).toBe(Number(w)));
    }
    expect(weightError('1.000001e12').code).toBe('invalid-weight');
    expect(weightError('0.999999e-12').code).toBe('invalid-weight');
  });
});

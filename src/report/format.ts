/** Small formatting helpers shared by the text renderers (no measure is computed here). */

/** A number for people: fixed significant digits, integers as integers, null as an em dash. */
export function fmt(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) return value.toExponential(2);
  return value.toFixed(digits);
}

/** Left-aligned text columns; numbers right-aligned when `align[i]` is 'r'. */
export function table(rows: string[][], align: ('l' | 'r')[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i] - [...cell].length);
        return align[i] === 'r' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  yellow(s: string): string;
}

const plain: Style = { bold: (s) => s, dim: (s) => s, yellow: (s) => s };
const ansi: Style = {
  bold: (s) => `\u001b[1m${s}\u001b[22m`,
  dim: (s) => `\u001b[2m${s}\u001b[22m`,
  yellow: (s) => `\u001b[33m${s}\u001b[39m`,
};

export function style(color: boolean): Style {
  return color ? ansi : plain;
}

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colorWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in env && env.NO_COLOR !== '');
}

/** Strips control characters (ANSI escapes in names must not reach the terminal). */
export function safeText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '�');
}

/**
 * How the report's path measures measured a path, for the headers: "paths: hops" or "paths: 1/weight"
 * (`report.options.paths`; reports written before the option existed counted hops).
 */
export function pathsLabel(options: { paths?: string }): string {
  return `paths: ${options.paths === 'weighted' ? '1/weight' : 'hops'}`;
}

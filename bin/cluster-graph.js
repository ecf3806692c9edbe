#!/usr/bin/env node
// Thin launcher: the CLI lives in src/cli (compiled to dist/cli).
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // Last-resort guard: unexpected failures are reported without a stack trace unless asked.
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`cluster-graph: unexpected error: ${message}\n`);
    if (process.env.CLUSTER_GRAPH_DEBUG) process.stderr.write(`${err instanceof Error ? err.stack : ''}\n`);
    process.exitCode = 1;
  },
);

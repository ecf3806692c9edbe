/**
 * Worker-thread entry (compiled to dist/core/worker-entry.js; see src/core/workers.ts). Receives one
 * job, posts one reply per block or candidate (typed arrays transferred), then 'done'.
 */
import { parentPort } from 'node:worker_threads';
import { runBlock, runKeyPlayerBlock } from './all-sources.js';
import { permutationValues } from '../metrics/ei-index.js';
import type { WorkerJob, WorkerReply } from './workers.js';

const port = parentPort;
if (port !== null) {
  port.once('message', (job: WorkerJob) => {
    try {
      if (job.kind === 'blocks') {
        for (const block of job.blocks) {
          const result = runBlock(job.graph, { sources: block.sources, exact: job.exact, inComponent: job.inComponent, candidates: job.candidates });
          const transfer: ArrayBuffer[] = [];
          for (const a of Object.values(result)) if (a instanceof Float64Array) transfer.push(a.buffer as ArrayBuffer);
          port.postMessage({ kind: 'block', id: block.id, result } satisfies WorkerReply, transfer);
        }
      } else if (job.kind === 'permutations') {
        const values = permutationValues(job.setup, job.from, job.to);
        port.postMessage({ kind: 'permutations', id: job.id, values } satisfies WorkerReply, [values.buffer as ArrayBuffer]);
      } else {
        for (const block of job.blocks) {
          const result = runKeyPlayerBlock(job.graph, block.sources, job.candidates);
          port.postMessage({ kind: 'keyplayers', id: block.id, result } satisfies WorkerReply);
        }
      }
      port.postMessage({ kind: 'done' } satisfies WorkerReply);
    } catch (err) {
      port.postMessage({ kind: 'error', message: err instanceof Error ? err.message : String(err) } satisfies WorkerReply);
    }
  });
}

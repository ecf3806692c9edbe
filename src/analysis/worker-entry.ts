/**
 * Worker-thread entry (compiled to dist/analysis/worker-entry.js; see src/analysis/workers.ts). Receives one
 * job, takes blocks from the job's shared counter until none is left, posting one reply per block
 * (typed arrays transferred), then 'done'.
 */
import { parentPort } from 'node:worker_threads';
import { runBlock } from '../metrics/paths/all-sources.js';
import { runKeyPlayerBlock } from '../metrics/key-player-removal.js';
import { runKeyPlayerLevelBlock } from '../metrics/key-player-levels.js';
import { takeBlock } from '../metrics/paths/pass-types.js';
import { permutationValues } from '../metrics/ei-index.js';
import { communitiesOnIndex } from '../metrics/communities/index.js';
import { runNullBlock } from '../metrics/null-model/index.js';
import type { WorkerJob, WorkerReply } from './workers.js';

const port = parentPort;
if (port !== null) {
  port.once('message', async (job: WorkerJob) => {
    try {
      if (job.kind === 'blocks') {
        for (let b = takeBlock(job.next, job.blocks.length); b >= 0; b = takeBlock(job.next, job.blocks.length)) {
          const result = runBlock(job.graph, { sources: job.blocks[b], exact: job.exact, inComponent: job.inComponent, candidates: job.candidates, levels: job.levels });
          const transfer: ArrayBuffer[] = [];
          for (const a of Object.values(result)) if (a instanceof Float64Array) transfer.push(a.buffer as ArrayBuffer);
          port.postMessage({ kind: 'block', id: b, result } satisfies WorkerReply, transfer);
        }
      } else if (job.kind === 'communities') {
        const result = communitiesOnIndex(job.index, job.options);
        port.postMessage({ kind: 'communities', result } satisfies WorkerReply, [result.assignment.buffer as ArrayBuffer]);
      } else if (job.kind === 'nullmodel') {
        for (let b = takeBlock(job.next, job.blocks.length); b >= 0; b = takeBlock(job.next, job.blocks.length)) {
          const result = runNullBlock(job.setup, job.blocks[b][0], job.blocks[b][1]);
          port.postMessage({ kind: 'nullmodel', id: b, result } satisfies WorkerReply, [result.values.buffer as ArrayBuffer]);
        }
      } else if (job.kind === 'permutations') {
        const values = permutationValues(job.setup, job.from, job.to);
        port.postMessage({ kind: 'permutations', id: job.id, values } satisfies WorkerReply, [values.buffer as ArrayBuffer]);
      } else if (job.kind === 'keylevels') {
        for (let b = takeBlock(job.next, job.blocks.length); b >= 0; b = takeBlock(job.next, job.blocks.length)) {
          const result = runKeyPlayerLevelBlock(job.graph, job.blocks[b], job.candidates, job.levels, job.candidateDist, job.rows);
          port.postMessage({ kind: 'keyplayers', id: b, result } satisfies WorkerReply);
        }
      } else {
        for (let b = takeBlock(job.next, job.blocks.length); b >= 0; b = takeBlock(job.next, job.blocks.length)) {
          const result = runKeyPlayerBlock(job.graph, job.blocks[b], job.candidates);
          port.postMessage({ kind: 'keyplayers', id: b, result } satisfies WorkerReply);
        }
      }
      port.postMessage({ kind: 'done' } satisfies WorkerReply);
    } catch (err) {
      port.postMessage({ kind: 'error', message: err instanceof Error ? err.message : String(err) } satisfies WorkerReply);
    }
  });
}

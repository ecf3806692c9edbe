/**
 * The benchmark graph families and sizes. Each family is `(options, sink) => info`: it calls
 * sink.member(line) once per member and sink.tie(line) once per tie (CSV lines without newline,
 * columns id,name,type,level,region and source,target,weight) and returns a few facts for meta.json.
 */
import { cluster } from './cluster.mjs';
import { er } from './er.mjs';
import { ba } from './ba.mjs';
import { sbm } from './sbm.mjs';
import { ws } from './ws.mjs';
import { tree } from './tree.mjs';
import { biconnected } from './biconnected.mjs';
import { complete, dense, COMPLETE_MEMBERS, DENSE_MEMBERS } from './dense.mjs';

export const FAMILIES = { cluster, er, ba, sbm, ws, tree, biconnected, complete, dense };

/** Families whose size is fixed (members from the family, not from --size). */
export const FIXED_MEMBERS = { complete: COMPLETE_MEMBERS, dense: DENSE_MEMBERS };

/** [members, ties] of each size. XL is never run by default. */
export const SIZES = { S: [1000, 5000], M: [10000, 50000], L: [100000, 1000000], XL: [1000000, 10000000] };

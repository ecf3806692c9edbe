/**
 * Rows → the cluster value: the file-free core of the reader, in src/io/builder/ (one file per
 * concern). `readCluster` (src/io/read-cluster.ts) streams files through the same builder.
 */
export { ClusterBuilder, emptyFileError, type FileRole } from './builder/cluster-builder.js';
export { buildCluster, feedFile, feedRecords, rowsSource } from './builder/feed.js';
export { MAX_WEIGHT, MIN_WEIGHT, type CellValue, type ReadOptions, type RowsOrText } from './builder/options.js';
export type { ClusterData } from '../model/cluster.js';

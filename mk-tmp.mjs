import * as XLSX from '@e965/xlsx'; import * as zlib from 'node:zlib'; XLSX.CFB.utils.use_zlib(zlib);
import { readFileSync, writeFileSync } from 'node:fs';
const dir = process.argv[2];
const t0 = Date.now();
function aoa(file) {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
  return lines.map((l, i) => l.split(',').map((v) => (i > 0 && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v)));
}
const wb = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa(dir + '/members.csv'), { dense: true }), 'Members');
XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa(dir + '/ties.csv'), { dense: true }), 'Ties');
const buf = XLSX.write(wb, { type: 'buffer', bookType: process.argv[3] ?? 'xlsx', compression: true, bookSST: true });
writeFileSync(dir + '/cluster.' + (process.argv[3] ?? 'xlsx'), buf);
console.log('written', buf.length, Date.now() - t0, 'ms');

/**
 * A zip writer that writes whatever it is told, lies included (sizes, names, counts), to build
 * hostile archives that honest writers (fflate, exceljs) refuse to produce. Test support only.
 */
import { constants, deflateRawSync } from 'node:zlib';

export interface CraftedEntry {
  readonly name: string;
  /** The bytes stored in the archive (already deflated when method is 8). */
  readonly data: Uint8Array;
  readonly method?: 0 | 8;
  /** Declared sizes; default to the truth. */
  readonly uncompressedSize?: number;
  readonly compressedSize?: number;
  readonly flags?: number;
}

export function craftZip(entries: readonly CraftedEntry[], options: { declaredCount?: number } = {}): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.method ?? 8;
    const compressedSize = e.compressedSize ?? e.data.length;
    const uncompressedSize = e.uncompressedSize ?? (method === 0 ? e.data.length : 0);
    const flags = e.flags ?? 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(compressedSize, 18);
    local.writeUInt32LE(uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(flags, 8);
    record.writeUInt16LE(method, 10);
    record.writeUInt32LE(compressedSize, 20);
    record.writeUInt32LE(uncompressedSize, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(e.data));
    central.push(record, name);
    offset += local.length + name.length + e.data.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = options.declaredCount ?? entries.length;
  end.writeUInt16LE(Math.min(count, 0xffff), 8);
  end.writeUInt16LE(Math.min(count, 0xffff), 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, centralBytes, end]));
}

/**
 * A raw deflate stream of `mebibytes` MiB of zeros, built without producing them: one fully
 * flushed block of 1 MiB of zeros only refers back to zeros, so repeating it is valid, then a
 * final empty block. 1 GiB costs about 1 MB and no time.
 */
export function deflatedZeros(mebibytes: number): Uint8Array {
  const block = deflateRawSync(new Uint8Array(1 << 20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return new Uint8Array(Buffer.concat([...Array.from({ length: mebibytes }, () => block), finalEmptyBlock]));
}

export const deflated = (text: string): Uint8Array => new Uint8Array(deflateRawSync(Buffer.from(text, 'utf8')));

/**
 * Reading the CLI's inputs safely: only regular files (a FIFO or a device such as /dev/zero would
 * block or never end), the size limit enforced while reading (a file that grows is cut off), and
 * every failure in words (permission denied, no such file, a symbolic link loop). Standard input
 * (`-`) is read with the same limit.
 */
import fs from 'node:fs';

/** The file system calls used here: tests inject failures (e.g. EACCES, as root can read anything). */
export interface InputFs {
  statSync(p: string): fs.Stats;
  openSync(p: string, flags: number): number;
  fstatSync(fd: number): fs.Stats;
  readSync(fd: number, buffer: Buffer, offset: number, length: number, position: number | null): number;
  closeSync(fd: number): void;
}

export const nodeFs: InputFs = fs;

export type Input =
  | { ok: true; bytes: Buffer }
  | { ok: false; tooLarge: number; exact: boolean }
  | { ok: false; error: string };

/** What kind of non-regular file this is, in words. */
export function fileKind(st: fs.Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** An errno in words (the path is said by the caller). */
export function errnoText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied (no read permission)';
    case 'ELOOP': return 'too many levels of symbolic links (a symbolic link loop)';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'EIO': return 'input/output error';
    default: return err?.message ?? String(e);
  }
}

/** Reads a regular file (or standard input for `-`) up to `maxBytes`; never blocks on a FIFO or device, never throws. */
export function readInput(file: string, maxBytes: number, io: InputFs = nodeFs): Input {
  let fd: number;
  if (file === '-') fd = 0;
  else {
    try {
      const st = io.statSync(file);
      if (!st.isFile()) return { ok: false, error: `${fileKind(st)}, not a regular file: not read` };
      if (st.size > maxBytes) return { ok: false, tooLarge: st.size, exact: true };
      // O_NONBLOCK: should the path have become a FIFO since stat, opening it does not wait for a writer.
      fd = io.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    } catch (e) {
      return { ok: false, error: errnoText(e) };
    }
  }
  try {
    if (fd !== 0) {
      const st = io.fstatSync(fd);
      if (!st.isFile()) return { ok: false, error: `${fileKind(st)}, not a regular file: not read` };
    }
    return readLimited(fd, maxBytes, io);
  } catch (e) {
    return { ok: false, error: errnoText(e) };
  } finally {
    if (fd !== 0) {
      try {
        io.closeSync(fd);
      } catch {
        // Closing a file we only read cannot lose data.
      }
    }
  }
}

/** Reads until the end or until more than `maxBytes` (then the size read so far, not exact). */
function readLimited(fd: number, maxBytes: number, io: InputFs): Input {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = io.readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      // A non-blocking pipe on standard input with no data yet: wait a little and try again.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) return { ok: false, tooLarge: total, exact: false };
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/** Bytes to text: UTF-8 without a byte-order mark. */
export function textOf(bytes: Buffer): string {
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * The file system on Node: `file:` URIs read with `fs` (the CLI, and the language server for files on disk). A URI
 * of another scheme is nothing here; the language server asks the editor for those.
 */
import { promises as fs } from 'fs';
import { fileURLToPath } from 'url';
import type { FileSystem } from '../fileSystem';

/** The path of a `file:` URI; undefined for other schemes and for file URIs this platform cannot map. */
export function pathOfFileUri(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export const nodeFileSystem: FileSystem = {
  async stat(uri) {
    const path = pathOfFileUri(uri);
    if (path === undefined) return undefined;
    const stats = await fs.stat(path).catch(() => undefined); // missing or out of reach: nothing there
    return stats === undefined ? undefined : stats.isDirectory() ? 'folder' : 'file';
  },
  async readFile(uri) {
    const path = pathOfFileUri(uri);
    if (path === undefined) throw new Error(`not a file on this machine: ${uri}`);
    return fs.readFile(path, 'utf8');
  },
};

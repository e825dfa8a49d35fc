/**
 * The files the language server reads (house styles, closed articles for the workspace check): `file:` URIs with
 * the host's own file system when it has one (Node), anything else through the editor (`sourcingLens/fs/*`,
 * served by the VS Code client with `vscode.workspace.fs`), which is the only way in from a browser worker.
 */
import type { Connection } from 'vscode-languageserver';
import type { FileKind, FileSystem } from '../houseStyle/fileSystem';
import { READ_FILE_REQUEST, STAT_REQUEST, type FileParams } from '../protocol/requests';
import type { RuntimeEnvironment } from './runtime';

/** Schemes no file system holds: an unsaved document has no folder and no neighbours. */
const NO_FILES = new Set(['untitled']);

const schemeOf = (uri: string) => uri.slice(0, Math.max(0, uri.indexOf(':')));

/**
 * `servesFiles`: whether the client answers the file requests (it says so in its initialization options); a
 * client that does not (another editor) leaves the server only what it reads itself.
 */
export function serverFileSystem(connection: Connection, runtime: RuntimeEnvironment, servesFiles: () => boolean): FileSystem {
  const own = (uri: string) => (schemeOf(uri) === 'file' ? runtime.fileFs : undefined);
  const asked = (uri: string) => servesFiles() && !NO_FILES.has(schemeOf(uri));
  return {
    async stat(uri) {
      const fs = own(uri);
      if (fs) return fs.stat(uri);
      if (!asked(uri)) return undefined;
      try {
        return (await connection.sendRequest<FileKind | null>(STAT_REQUEST, { uri } satisfies FileParams)) ?? undefined;
      } catch (error) {
        connection.console.error(`Sourcing Lens: asking the editor about ${uri} failed: ${String(error)}`);
        return undefined;
      }
    },
    async readFile(uri) {
      const fs = own(uri);
      if (fs) return fs.readFile(uri);
      if (!asked(uri)) throw new Error(`this editor does not share its files with the server (${uri})`);
      return connection.sendRequest<string>(READ_FILE_REQUEST, { uri } satisfies FileParams);
    },
  };
}

/** The workspace folders the client announced, by URI: which one holds a file, and the file's path inside it. */
import { decodedPath, pathBelow } from '../houseStyle/fileSystem';

export class WorkspaceFolders {
  private uris: string[] = [];

  set(uris: readonly string[]): void {
    this.uris = uris.map((uri) => uri.replace(/\/+$/u, ''));
  }

  get all(): readonly string[] {
    return this.uris;
  }

  /** The workspace folder that holds a file, if any. */
  folderOf(uri: string): string | undefined {
    return this.uris.find((folder) => pathBelow(folder, uri) !== undefined);
  }

  /** The path the include patterns match: relative to the workspace folder that holds the file. */
  relativePath(uri: string): string {
    const folder = this.folderOf(uri);
    return (folder && pathBelow(folder, uri)) ?? decodedPath(uri).replace(/^\/+/u, '');
  }
}

/**
 * How the house-style lookup, the editor's whole-workspace check and the sourcing report reach files: by URI,
 * through this small interface, so the same code runs where `fs` exists (the CLI and the Node language server,
 * node/fileSystem.ts) and where it does not (the language server in a browser worker, which asks the editor).
 * URIs rather than paths because a browser workspace is not on disk (`vscode-vfs:`, `vscode-remote:`).
 */

export type FileKind = 'file' | 'folder';

export interface FileSystem {
  /** What lies at the URI: a file, a folder, or nothing (undefined) — also when this file system cannot reach it. */
  stat(uri: string): Promise<FileKind | undefined>;
  /** The file's text, decoded as UTF-8. Rejects, saying why, when it is missing or cannot be read. */
  readFile(uri: string): Promise<string>;
}

/** "scheme://authority" and the path after it, as written (still percent-encoded). */
function split(uri: string): { base: string; path: string } {
  const match = /^([a-z][\w+.-]*:(?:\/\/[^/?#]*)?)([^?#]*)/iu.exec(uri);
  return match ? { base: match[1]!, path: match[2]! } : { base: '', path: uri };
}

/** The folder holding a file or folder; undefined at the top (or for a URI with no path, such as `untitled:Untitled-1`). */
export function parentUri(uri: string): string | undefined {
  const { base, path } = split(uri);
  const trimmed = path.replace(/\/+$/u, '');
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0 || trimmed === '') return undefined;
  return base + (slash === 0 ? '/' : trimmed.slice(0, slash));
}

/** A name inside a folder. */
export function childUri(folder: string, name: string): string {
  return `${folder.replace(/\/+$/u, '')}/${encodeURIComponent(name)}`;
}

/** The last segment of a URI's path, decoded. */
export function baseName(uri: string): string {
  const path = decodedPath(uri).replace(/\/+$/u, '');
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The path of a URI, decoded ("file:///a%20b/c.md" → "/a b/c.md"). */
export function decodedPath(uri: string): string {
  const { path } = split(uri);
  try {
    return decodeURIComponent(path);
  } catch {
    return path; // a stray % that encodes nothing: the path as written
  }
}

/**
 * The path of `uri` below the folder `top`, with forward slashes ("politics/drafts/vote.article"); undefined when
 * it does not lie strictly inside it. Compared decoded, as editors encode the same path differently (`c%3A`, `c:`).
 */
export function pathBelow(top: string, uri: string): string | undefined {
  const a = split(top);
  const b = split(uri);
  if (a.base.toLowerCase() !== b.base.toLowerCase()) return undefined;
  const folder = decodedPath(top).replace(/\/+$/u, '');
  const path = decodedPath(uri);
  return path.startsWith(`${folder}/`) && path.length > folder.length + 1 ? path.slice(folder.length + 1) : undefined;
}

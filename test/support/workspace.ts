/**
 * The one scratch workspace of the suites: a desk folder of stories and house-style files in the system's
 * temporary folder, written by path relative to the desk and removed with everything in it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { pathToFileURL } from 'url';
import { FileChangeType, type FileEvent } from 'vscode-languageserver-protocol';

export class Desk {
  readonly root: string;

  /** A new desk holding `files` (relative path → text); `name` tells the test's desks apart in the temporary folder. */
  constructor(name: string, files: Record<string, string> = {}) {
    this.root = mkdtempSync(join(tmpdir(), `sourcing-lens-${name}-`));
    this.write(files);
  }

  path(...parts: string[]): string {
    return join(this.root, ...parts);
  }

  uri(...parts: string[]): string {
    return pathToFileURL(this.path(...parts)).href;
  }

  /** Writes each file (making its folders), or deletes it when its text is undefined; the events a file watcher would send. */
  write(files: Record<string, string | undefined>): FileEvent[] {
    return Object.entries(files).map(([file, text]): FileEvent => {
      const path = this.path(file);
      if (text === undefined) rmSync(path, { force: true });
      else {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
      }
      return { uri: pathToFileURL(path).href, type: text === undefined ? FileChangeType.Deleted : FileChangeType.Changed };
    });
  }

  /** Makes an (empty) folder. */
  folder(...parts: string[]): string {
    const path = this.path(...parts);
    mkdirSync(path, { recursive: true });
    return path;
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

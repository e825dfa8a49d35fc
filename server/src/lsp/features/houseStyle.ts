/**
 * House style in the editor: the nearest `.sourcinglens.json` applied to an open story the way `sourcing-lens
 * check` applies it to a closed one (the lookup is the CLI's, see houseStyleFiles.ts). A broken file shows as a
 * diagnostic on the file itself, where the desk can fix it, while the last good style stays in force; the
 * diagnostic goes when the file is fixed or deleted.
 */
import { existsSync } from 'fs';
import { basename, dirname } from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { DiagnosticSeverity, type Connection, type Diagnostic, type FileEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EMPTY_HOUSE_STYLE, type HouseStyle } from '../../houseStyle/houseStyle';
import { HOUSE_STYLE_FILE, HouseStyleFiles, type HouseStyleFileReading } from '../../houseStyle/files';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** The diagnostic for a house-style file: its problem, located in the text that was read; none when it is sound. */
function houseStyleDiagnostics({ file, text, problem, keptLastGood }: HouseStyleFileReading): Diagnostic[] {
  if (!problem) return [];
  const doc = TextDocument.create(pathToFileURL(file).href, 'json', 0, text);
  const consequence = keptLastGood ? 'the last good house style stays in force until it is fixed' : 'no house style applies until it is fixed';
  return [
    {
      range: { start: doc.positionAt(problem.start), end: doc.positionAt(problem.end) },
      severity: DiagnosticSeverity.Error,
      source: DIAGNOSTIC_SOURCE,
      message: `${problem.message}; ${consequence}.`,
    },
  ];
}

/** The path of a `file:` URI; undefined for other schemes and for file URIs this platform cannot map. */
function pathOfFileUri(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export class EditorHouseStyles {
  /** Shared with the whole-workspace check, so open and closed stories follow the same, last good, rules. */
  readonly files: HouseStyleFiles;
  /** House-style files that show a problem now, to clear when they are fixed or deleted. */
  private readonly broken = new Set<string>();

  constructor(private readonly connection: Connection) {
    this.files = new HouseStyleFiles((reading) => this.show(reading));
  }

  /** The style for a document; untitled and non-file documents follow none. */
  forUri(uri: string): HouseStyle {
    const path = pathOfFileUri(uri);
    return path ? this.files.forFolder(dirname(path)).style : EMPTY_HOUSE_STYLE;
  }

  /** Reads the house style of each folder now, so a broken file shows before any story is opened. */
  readFolders(folders: readonly string[]): void {
    for (const folder of folders) this.files.forFolder(folder);
  }

  /**
   * After house-style files changed on disk: every folder is worked out again, and each changed file is read at
   * once so its problem shows (or clears) even when no open story lies under it. Whether any house style changed.
   */
  changed(changes: readonly FileEvent[]): boolean {
    const files = changes.flatMap(({ uri }) => {
      const file = pathOfFileUri(uri);
      return file && basename(file) === HOUSE_STYLE_FILE ? [file] : [];
    });
    if (files.length === 0) return false;
    this.files.forget();
    for (const file of files) {
      this.files.forFolder(dirname(file));
      if (!existsSync(file)) this.show({ file, text: '', keptLastGood: false }); // deleted: nothing left to fix
    }
    return true;
  }

  private show(reading: HouseStyleFileReading): void {
    const uri = pathToFileURL(reading.file).href;
    const diagnostics = houseStyleDiagnostics(reading);
    if (diagnostics.length === 0 && !this.broken.delete(uri)) return;
    if (diagnostics.length > 0) this.broken.add(uri);
    this.connection
      .sendDiagnostics({ uri, diagnostics })
      .catch((error) => this.connection.console.error(`Sourcing Lens: showing the problem in ${reading.file} failed: ${String(error)}`));
  }
}

/**
 * House style in the editor: the nearest `.sourcinglens.json` applied to an open story the way `sourcing-lens
 * check` applies it to a closed one (the lookup is the CLI's, see houseStyle/files.ts), its files read through the
 * server's file system (on disk, or the editor's). A broken file shows as a diagnostic on the file itself, where
 * the desk can fix it, while the last good style stays in force; the diagnostic goes when the file is fixed or
 * deleted.
 */
import { DiagnosticSeverity, type Connection, type Diagnostic, type FileEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { HouseStyle } from '../../houseStyle/houseStyle';
import { baseName, parentUri, type FileSystem } from '../../houseStyle/fileSystem';
import { HOUSE_STYLE_FILE, HouseStyleFiles, type HouseStyleFileReading } from '../../houseStyle/files';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** The diagnostic for a house-style file: its problem, located in the text that was read; none when it is sound. */
function houseStyleDiagnostics({ uri, text, problem, keptLastGood }: HouseStyleFileReading): Diagnostic[] {
  if (!problem) return [];
  const doc = TextDocument.create(uri, 'json', 0, text);
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

export class EditorHouseStyles {
  /** Shared with the whole-workspace check, so open and closed stories follow the same, last good, rules. */
  readonly files: HouseStyleFiles;
  /** House-style files that show a problem now, to clear when they are fixed or deleted. */
  private readonly broken = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly fileSystem: FileSystem,
  ) {
    this.files = new HouseStyleFiles(fileSystem, (reading) => this.show(reading));
  }

  /** The style for a document; an untitled one follows none. */
  forUri(uri: string): Promise<HouseStyle> {
    return this.files.forFile(uri);
  }

  /** Reads the house style of each folder (by URI) now, so a broken file shows before any story is opened. */
  async readFolders(folders: readonly string[]): Promise<void> {
    await Promise.all(folders.map((folder) => this.files.forFolder(folder)));
  }

  /**
   * After house-style files changed on disk: every folder is worked out again, and each changed file is read at
   * once so its problem shows (or clears) even when no open story lies under it. Whether any house style changed.
   */
  async changed(changes: readonly FileEvent[]): Promise<boolean> {
    const files = changes.map(({ uri }) => uri).filter((uri) => baseName(uri) === HOUSE_STYLE_FILE);
    if (files.length === 0) return false;
    this.files.forget();
    for (const uri of files) {
      const folder = parentUri(uri);
      if (folder !== undefined) await this.files.forFolder(folder);
      if ((await this.fileSystem.stat(uri)) === undefined) this.show({ uri, text: '', keptLastGood: false }); // deleted: nothing left to fix
    }
    return true;
  }

  private show(reading: HouseStyleFileReading): void {
    const { uri } = reading;
    const diagnostics = houseStyleDiagnostics(reading);
    if (diagnostics.length === 0 && !this.broken.delete(uri)) return;
    if (diagnostics.length > 0) this.broken.add(uri);
    this.connection
      .sendDiagnostics({ uri, diagnostics })
      .catch((error) => this.connection.console.error(`Sourcing Lens: showing the problem in ${uri} failed: ${String(error)}`));
  }
}

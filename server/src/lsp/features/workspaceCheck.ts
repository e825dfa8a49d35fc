/**
 * The whole-workspace check. The client finds the files, shows progress and can cancel between batches; the
 * server reads each batch with `sourcingLens/checkFiles`: a closed file through the server's file system (from
 * disk, or the editor's in a browser) the way `sourcing-lens check` reads it (house style included, and its
 * `exclude` patterns: what the CLI leaves out is skipped here too),
 * publishing its diagnostics so Problems lists every article, open or not. An open document keeps its live
 * diagnostics; when it closes it goes back to its disk reading; a file that is gone is cleared. When a house style
 * changes, closed files are read again. The readings also feed the workspace sourcing report.
 */
import { DiagnosticSeverity, type CancellationToken, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParagraphCaches } from '../../engine/analyze';
import type { ArticleModel } from '../../engine/model';
import { baseName, parentUri, type FileSystem } from '../../houseStyle/fileSystem';
import type { HouseStyleFiles } from '../../houseStyle/files';
import { analyzeUnderHouseStyle } from '../../houseStyle/houseStyle';
import { oversizeDiagnostic, toDiagnostics } from './diagnostics';
import { CHECK_FILES_REQUEST, type CheckFilesParams, type CheckFilesResult } from '../../protocol/requests';
import { nextTurn, type RuntimeEnvironment } from '../runtime';
import { isEnabledFor, languageOfExtension, sizeOver, type Settings } from './settings';

export interface ArticleReading {
  doc: TextDocument;
  model: ArticleModel;
  settings: Settings;
}

/** Every article the server knows: open documents, read live, and closed files a check read from disk. */
export interface WorkspaceArticles {
  article(uri: string): Promise<ArticleReading | undefined>;
  all(): Promise<ArticleReading[]>;
}

/** What the language server lends the check. */
export interface ServerHost {
  documents: TextDocuments<TextDocument>;
  articleAt(uri: string): Promise<{ doc: TextDocument; model: ArticleModel } | undefined>;
  settingsFor(uri: string): Promise<Settings>;
  /** The editor's house-style lookup, so closed files follow the same (last good) rules as open ones. */
  houseStyles: HouseStyleFiles;
  /** Where closed files are read. */
  files: FileSystem;
  caches: ParagraphCaches;
  /** The workspace folder holding a file: where a walk by `sourcing-lens check` would start. */
  folderOf(uri: string): string | undefined;
  runtime: RuntimeEnvironment;
}

/** What the check does besides answering requests. */
export interface WorkspaceCheck extends WorkspaceArticles {
  /** Reads every checked file that is not open again (a house style changed). */
  reread(): Promise<void>;
}

/** The language a closed file would open in, by its extension (what the settings' language modes are keyed by). */
export function languageOfPath(path: string): string {
  return languageOfExtension(path) ?? 'plaintext';
}

const problemCount = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity !== DiagnosticSeverity.Hint).length;

export function registerWorkspaceCheck(connection: Connection, host: ServerHost): WorkspaceCheck {
  const fromDisk = new Map<string, ArticleReading>();
  /** Every file a check was asked about, with its workspace path: read again from disk when it closes. */
  const watched = new Map<string, string | undefined>();

  async function openReading(uri: string): Promise<ArticleReading | undefined> {
    const article = await host.articleAt(uri);
    return article && { ...article, settings: await host.settingsFor(uri) };
  }

  const publish = (uri: string, diagnostics: Diagnostic[]) => connection.sendDiagnostics({ uri, diagnostics });

  /** Reads a closed file and publishes what it shows; the number of problems, or undefined when it is no article. */
  async function readClosed(uri: string, path: string | undefined): Promise<number | undefined> {
    fromDisk.delete(uri);
    let text: string;
    try {
      text = await host.files.readFile(uri);
    } catch {
      watched.delete(uri); // gone (or never readable): the next change on disk brings it back
      await publish(uri, []);
      return undefined;
    }
    const settings = await host.settingsFor(uri);
    const name = baseName(uri);
    const doc = TextDocument.create(uri, languageOfPath(name), 0, text);
    if (!isEnabledFor(settings, { path: path ?? name, languageId: doc.languageId, text })) {
      await publish(uri, []);
      return undefined;
    }
    const bytes = sizeOver(text, settings.maxFileSize);
    if (bytes !== undefined) {
      await publish(uri, [oversizeDiagnostic(bytes, settings.maxFileSize)]);
      return undefined;
    }
    // Read as `sourcing-lens check` reads a file it is given: under its folder's house style, whatever it looks like.
    const model = analyzeUnderHouseStyle(text, await host.houseStyles.forFile(uri), host.caches);
    fromDisk.set(uri, { doc, model, settings });
    const diagnostics = toDiagnostics(model, doc, settings);
    await publish(uri, diagnostics);
    return problemCount(diagnostics);
  }

  /** Whether `sourcing-lens check`, run on the file's workspace folder, would leave the file out. */
  async function leftOut(uri: string): Promise<boolean> {
    const top = host.folderOf(uri) ?? parentUri(uri);
    return top !== undefined && host.houseStyles.leavesOutUnder(top, uri);
  }

  async function checkFile(uri: string, path: string | undefined): Promise<number | undefined> {
    watched.set(uri, path);
    const isOpen = host.documents.get(uri) !== undefined;
    if (await leftOut(uri)) {
      // Left out, as by the CLI: no disk reading; an open document keeps the editor's live diagnostics.
      fromDisk.delete(uri);
      if (!isOpen) await publish(uri, []);
      return undefined;
    }
    if (!isOpen) return readClosed(uri, path);
    fromDisk.delete(uri);
    const open = await openReading(uri);
    return open && problemCount(toDiagnostics(open.model, open.doc, open.settings));
  }

  connection.onRequest(CHECK_FILES_REQUEST, async (params: CheckFilesParams | undefined, token: CancellationToken) => {
    const result: CheckFilesResult = { articles: 0, findings: 0, skipped: 0 };
    for (const file of params?.files ?? []) {
      if (token.isCancellationRequested) break;
      if (typeof file?.uri !== 'string') continue;
      const findings = await checkFile(file.uri, typeof file.path === 'string' ? file.path : undefined);
      if (findings === undefined) result.skipped++;
      else {
        result.articles++;
        result.findings += findings;
      }
      // Typing in an open article must not wait for a whole batch.
      await nextTurn(host.runtime);
    }
    return result;
  });

  // The server clears a closed document's diagnostics; a checked file shows its disk reading again instead.
  host.documents.onDidClose(({ document }) => {
    if (!watched.has(document.uri)) return;
    checkFile(document.uri, watched.get(document.uri)).catch((error) =>
      connection.console.error(`Sourcing Lens: re-reading ${document.uri} failed: ${String(error)}`),
    );
  });

  return {
    reread: async () => {
      for (const [uri, path] of [...watched]) {
        if (host.documents.get(uri)) continue;
        await checkFile(uri, path);
        await nextTurn(host.runtime);
      }
    },
    article: async (uri) => (host.documents.get(uri) ? openReading(uri) : fromDisk.get(uri)),
    all: async () => {
      const open = await Promise.all(host.documents.all().map((doc) => openReading(doc.uri)));
      const closed = [...fromDisk].filter(([uri]) => !host.documents.get(uri)).map(([, reading]) => reading);
      return [...open.flatMap((a) => a ?? []), ...closed];
    },
  };
}

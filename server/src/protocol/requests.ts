/**
 * The names of the custom requests the VS Code client sends for the newsroom workflow. Kept apart from the
 * handlers so the client can bundle them without the engine; the shapes are the handlers' exported types.
 */

/** `{ uri }` → ArticleSummary (sourcingSummary.ts), or null when the server does not read that file. */
export const SUMMARY_REQUEST = 'sourcingLens/summary';
/** No params → WorkspaceSummary: every open article and every file a workspace check read. */
export const WORKSPACE_SUMMARY_REQUEST = 'sourcingLens/workspaceSummary';
/** CheckFilesParams → CheckFilesResult (workspaceCheck.ts); publishes diagnostics for each file. Cancellable. */
export const CHECK_FILES_REQUEST = 'sourcingLens/checkFiles';

/**
 * Server → client: the editor's file system, for a server that has none of its own (in a browser worker) or
 * that meets a URI it cannot read (not `file:`). Asked only of a client that sets the initialization option
 * `servesFiles: true`. `{ uri }` → 'file' | 'folder' | null (nothing there).
 */
export const STAT_REQUEST = 'sourcingLens/fs/stat';
/** `{ uri }` → the file's text, decoded as UTF-8; an error response, saying why, when it cannot be read. */
export const READ_FILE_REQUEST = 'sourcingLens/fs/readFile';

export interface FileParams {
  uri: string;
}

export interface CheckFilesParams {
  /** `path`: relative to the workspace folder, forward slashes, for the `sourcingLens.include` patterns. */
  files: { uri: string; path?: string }[];
}

export interface CheckFilesResult {
  /** Files read as articles. */
  articles: number;
  /** Problems they show in the Problems panel (with the user's severities; codes switched off and hints, which
   *  the panel leaves out, are not counted). */
  findings: number;
  /** Files not read: left out by the house style, not articles by the settings, over the size limit, or gone. */
  skipped: number;
}

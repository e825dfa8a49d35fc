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

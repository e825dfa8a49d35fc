/**
 * The settings the server reads by: pulled per resource (`workspace/configuration`) from a client that can, or
 * the global ones a client sends (initialization options, `didChangeConfiguration`), or the defaults.
 */
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './features/settings';
import type { Log } from './guard';

export class ServerSettings {
  private global = DEFAULT_SETTINGS;
  private readonly byUri = new Map<string, Promise<Settings>>();
  private pulls = false;

  constructor(
    private readonly connection: Connection,
    private readonly log: Log,
  ) {}

  /** At initialization: whether the client answers `workspace/configuration`, and the settings it sent, if any. */
  start(pullsConfiguration: boolean, sent: unknown): void {
    this.pulls = pullsConfiguration;
    if (sent !== undefined) this.global = readSettings(sent);
  }

  for(uri: string): Promise<Settings> {
    if (!this.pulls) return Promise.resolve(this.global);
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'sourcingLens' }).then(readSettings, (error) => {
        this.log('reading settings', error);
        return this.global;
      });
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /** `didChangeConfiguration`: a pulling client's settings are asked again; a pushing client's come with it. */
  changed(notified: unknown): void {
    this.byUri.clear();
    if (!this.pulls) this.global = readSettings((notified as { sourcingLens?: unknown } | null)?.sourcingLens);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

/**
 * Which house style governs a file: the nearest `.sourcinglens.json` at or above its folder. One lookup for
 * `sourcing-lens check` and the language server (on Node or in a browser worker), so a story shows the same
 * findings in CI as in the editor, and both leave out the same excluded paths. Files are reached by URI through a
 * `FileSystem`; each folder is worked out once, so a lookup that waits on the editor for a file is not repeated.
 */
import { childUri, parentUri, pathBelow, type FileSystem } from './fileSystem';
import { EMPTY_HOUSE_STYLE, readHouseStyle, type HouseStyle, type HouseStyleProblem } from './houseStyle';
import { excludes } from './ignore';

export const HOUSE_STYLE_FILE = '.sourcinglens.json';

export interface GoverningStyle {
  style: HouseStyle;
  /** The folder of the house-style file, which `exclude` patterns are relative to; the top folder when none. */
  root: string;
}

/** One reading of a house-style file: its text, and the problem that keeps it from applying, if any. */
export interface HouseStyleFileReading {
  uri: string;
  text: string;
  problem?: HouseStyleProblem;
  /** For a broken file: whether the style it last read well with stays in force (else no house style applies). */
  keptLastGood: boolean;
}

export class HouseStyleFiles {
  private readonly byFolder = new Map<string, Promise<GoverningStyle>>();
  /** The style each file last read well with: an edit that breaks the file leaves the desk's rules in force. */
  private readonly lastGood = new Map<string, HouseStyle>();

  /** `onRead` hears about every house-style file read, broken or not (the server shows and clears problems). */
  constructor(
    private readonly files: FileSystem,
    private readonly onRead: (reading: HouseStyleFileReading) => void = () => undefined,
  ) {}

  /** The style for the files in a folder (by URI), each folder worked out once until `forget`. */
  forFolder(folder: string): Promise<GoverningStyle> {
    let found = this.byFolder.get(folder);
    if (!found) {
      found = this.lookUp(folder);
      this.byFolder.set(folder, found);
    }
    return found;
  }

  /** The style for a file (by URI): its folder's; none for a URI with no folder (an untitled document). */
  async forFile(uri: string): Promise<HouseStyle> {
    const folder = parentUri(uri);
    return folder === undefined ? EMPTY_HOUSE_STYLE : (await this.forFolder(folder)).style;
  }

  /** Whether the house style of the folder holding `uri` leaves it out (`sourcing-lens check` skips it). */
  async leavesOut(uri: string, isDirectory: boolean): Promise<boolean> {
    const folder = parentUri(uri);
    if (folder === undefined) return false;
    const { style, root } = await this.forFolder(folder);
    const path = pathBelow(root, uri);
    return path !== undefined && excludes(style.exclude, path, isDirectory);
  }

  /**
   * Whether a walk from `top` down to the file `uri` would leave it out: the file, or a folder on the way, is
   * excluded. `sourcing-lens check` walks a folder and never enters an excluded one; a caller given single files
   * from a folder (the editor's whole-workspace check) asks this to skip the same ones.
   */
  async leavesOutUnder(top: string, uri: string): Promise<boolean> {
    if (await this.leavesOut(uri, false)) return true;
    for (let folder = parentUri(uri); folder !== undefined && pathBelow(top, folder) !== undefined; folder = parentUri(folder)) {
      if (await this.leavesOut(folder, true)) return true;
    }
    return false;
  }

  /** Forgets every folder's answer (a house-style file changed); the last good styles stay. */
  forget(): void {
    this.byFolder.clear();
  }

  private async lookUp(folder: string): Promise<GoverningStyle> {
    const file = childUri(folder, HOUSE_STYLE_FILE);
    if ((await this.files.stat(file)) !== undefined) return { style: await this.read(file), root: folder };
    this.lastGood.delete(file); // a file deleted and written again starts afresh
    const parent = parentUri(folder);
    return parent === undefined ? { style: EMPTY_HOUSE_STYLE, root: folder } : this.forFolder(parent);
  }

  private async read(uri: string): Promise<HouseStyle> {
    let text = '';
    let reading: ReturnType<typeof readHouseStyle>;
    try {
      text = await this.files.readFile(uri);
      reading = readHouseStyle(text);
    } catch (error) {
      // Unreadable (a folder of that name, no permission): the same treatment as a broken file.
      reading = { ok: false, problem: { message: `cannot read: ${(error as Error).message}`, start: 0, end: 0 } };
    }
    if (reading.ok) this.lastGood.set(uri, reading.style);
    const kept = this.lastGood.get(uri);
    this.onRead({ uri, text, problem: reading.ok ? undefined : reading.problem, keptLastGood: !reading.ok && kept !== undefined });
    return kept ?? EMPTY_HOUSE_STYLE;
  }
}

/**
 * Which house style governs a file: the nearest `.sourcinglens.json` at or above its folder. One lookup for
 * `sourcing-lens check` and the language server, so a story shows the same findings in CI as in the editor, and
 * both leave out the same excluded paths. Plain Node, no LSP: the server adds its own glue on top.
 */
import { existsSync, readFileSync } from 'fs';
import { dirname, isAbsolute, join, relative, sep } from 'path';
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
  file: string;
  text: string;
  problem?: HouseStyleProblem;
  /** For a broken file: whether the style it last read well with stays in force (else no house style applies). */
  keptLastGood: boolean;
}

export class HouseStyleFiles {
  private readonly byFolder = new Map<string, GoverningStyle>();
  /** The style each file last read well with: an edit that breaks the file leaves the desk's rules in force. */
  private readonly lastGood = new Map<string, HouseStyle>();

  /** `onRead` hears about every house-style file read, broken or not (the server shows and clears problems). */
  constructor(private readonly onRead: (reading: HouseStyleFileReading) => void = () => undefined) {}

  /** The style for the files in a folder, each folder worked out once until `forget`. */
  forFolder(folder: string): GoverningStyle {
    const known = this.byFolder.get(folder);
    if (known) return known;
    const file = join(folder, HOUSE_STYLE_FILE);
    const parent = dirname(folder);
    let found: GoverningStyle;
    if (existsSync(file)) found = { style: this.read(file), root: folder };
    else {
      this.lastGood.delete(file); // a file deleted and written again starts afresh
      found = parent === folder ? { style: EMPTY_HOUSE_STYLE, root: folder } : this.forFolder(parent);
    }
    this.byFolder.set(folder, found);
    return found;
  }

  /** Whether the house style of the folder holding `path` leaves it out (`sourcing-lens check` skips it). */
  leavesOut(path: string, isDirectory: boolean): boolean {
    const { style, root } = this.forFolder(dirname(path));
    return excludes(style.exclude, relative(root, path).split(sep).join('/'), isDirectory);
  }

  /**
   * Whether a walk from `top` down to the file `path` would leave it out: the file, or a folder on the way, is
   * excluded. `sourcing-lens check` walks a folder and never enters an excluded one; a caller given single files
   * from a folder (the editor's whole-workspace check) asks this to skip the same ones.
   */
  leavesOutUnder(top: string, path: string): boolean {
    if (this.leavesOut(path, false)) return true;
    for (let folder = dirname(path); isBelow(folder, top); folder = dirname(folder)) {
      if (this.leavesOut(folder, true)) return true;
    }
    return false;
  }

  /** Forgets every folder's answer (a house-style file changed); the last good styles stay. */
  forget(): void {
    this.byFolder.clear();
  }

  private read(file: string): HouseStyle {
    let text = '';
    let reading: ReturnType<typeof readHouseStyle>;
    try {
      text = readFileSync(file, 'utf8');
      reading = readHouseStyle(text);
    } catch (error) {
      // Unreadable (a folder of that name, no permission): the same treatment as a broken file.
      reading = { ok: false, problem: { message: `cannot read: ${(error as Error).message}`, start: 0, end: 0 } };
    }
    if (reading.ok) this.lastGood.set(file, reading.style);
    const kept = this.lastGood.get(file);
    this.onRead({ file, text, problem: reading.ok ? undefined : reading.problem, keptLastGood: !reading.ok && kept !== undefined });
    return kept ?? EMPTY_HOUSE_STYLE;
  }
}

/** Whether `folder` lies strictly inside `top`. */
function isBelow(folder: string, top: string): boolean {
  const way = relative(top, folder);
  return way !== '' && way.split(sep)[0] !== '..' && !isAbsolute(way);
}

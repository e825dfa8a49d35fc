/**
 * House style in the editor: the nearest `.sourcinglens.json` at or above an open file's folder, applied to the
 * file's model the way `sourcing-lens check` applies it, so a story shows the same findings open or closed.
 * Each folder's answer is read once and forgotten when any house-style file changes.
 */
import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';
import { HOUSE_STYLE_FILE } from '../check';
import { EMPTY_HOUSE_STYLE, readHouseStyle, type HouseStyle } from '../engine/houseStyle';

export class HouseStyles {
  private readonly byFolder = new Map<string, HouseStyle>();

  /** `problem` hears about a house-style file that cannot be read (the file is then ignored). */
  constructor(private readonly problem: (file: string, message: string) => void) {}

  /** The style for a document; untitled and non-file documents follow none. */
  forUri(uri: string): HouseStyle {
    if (!uri.startsWith('file:')) return EMPTY_HOUSE_STYLE;
    return this.forFolder(dirname(fileURLToPath(uri)));
  }

  clear(): void {
    this.byFolder.clear();
  }

  private forFolder(folder: string): HouseStyle {
    const known = this.byFolder.get(folder);
    if (known) return known;
    const file = join(folder, HOUSE_STYLE_FILE);
    let style: HouseStyle;
    if (existsSync(file)) {
      const reading = readHouseStyle(readFileSync(file, 'utf8'));
      if (!reading.ok) this.problem(file, reading.problem.message);
      style = reading.ok ? reading.style : EMPTY_HOUSE_STYLE;
    } else {
      const parent = dirname(folder);
      style = parent === folder ? EMPTY_HOUSE_STYLE : this.forFolder(parent);
    }
    this.byFolder.set(folder, style);
    return style;
  }
}

/**
 * The line table's directories and files, filled by `.file N ["dir"] "name" [md5 V]` as
 * GNU as 2.40 fills them (dwarf2dbg.c, allocate_filename_to_slot). A name's directory
 * part goes to the directory table, once. `.file 0` (gcc's DWARF 5 output) makes the
 * table DWARF 5: entry 0 of both tables is the compilation's directory and main file,
 * the two-string form and md5 become valid. Without it the table is DWARF 3, and
 * directory 0 (the current directory) is implicit.
 */

export interface FileEntry {
  name: string;
  dir: number;
  /** The 16 bytes of the md5 value, least significant first (gas stores it so). */
  md5: number[] | null;
}

export class DwarfFiles {
  /** `.file 0` or `.loc 0` seen: a DWARF 5 table. */
  version5 = false;
  /** dirs[0] is set only by `.file 0`; a DWARF 3 table starts at 1. */
  readonly dirs: (string | null)[] = [];
  readonly files: (FileEntry | undefined)[] = [];

  has(num: number): boolean {
    return this.files[num] !== undefined;
  }

  /** The name `.file num` gave, directory included (`dir/name`). */
  fullName(num: number): string {
    const f = this.files[num];
    if (!f) return '';
    const dir = f.dir === 0 ? null : this.dirs[f.dir];
    return dir ? `${dir}/${f.name}` : f.name;
  }

  /** Whether the DWARF 5 file table gets an MD5 column: gas looks at each md5's first byte. */
  hasMd5(): boolean {
    return this.files.some((f) => f?.md5 && f.md5[0] !== 0);
  }

  /** Records `.file num [dir] name`; returns gas's complaint when the slot holds another file. */
  define(num: number, dir: string | null, name: string, md5: number[] | null): string | null {
    const old = this.files[num];
    if (old) {
      const same = dir === null ? this.fullName(num) === name || old.name === name : old.name === name && (old.dir === 0 || this.dirs[old.dir] === dir);
      return same ? null : `file table slot ${num} is already occupied by a different file`;
    }
    let file = name, dirName = dir ?? name, dirLength: number;
    if (num === 0) {
      file = baseName(name);
      if (dir !== null && file === name) dirLength = dir.length;
      else { dirName = name; dirLength = name.length - file.length; }
    } else if (dir === null) {
      file = baseName(name);
      dirLength = name.length - file.length;
    } else dirLength = dir.length;
    const d = this.directory(dirName.slice(0, dirLength), num === 0 ? dir ?? '' : null);
    this.files[num] = { name: file, dir: d, md5 };
    return null;
  }

  /**
   * The directory table's index of `path` (get_directory_table_entry): an existing entry,
   * else a new one. Only `.file 0` may take entry 0, and it first puts the compilation's
   * directory there when its own directory is another.
   */
  private directory(path: string, file0Dir: string | null): number {
    if (path.endsWith('/')) path = path.slice(0, -1);
    if (path === '') return 0;
    const found = this.dirs.indexOf(path);
    if (found >= 0) return found;
    let d = this.dirs.length;
    if (file0Dir !== null) {
      if (this.dirs[0] === undefined || this.dirs[0] === null) {
        if (path !== file0Dir) { this.directory(file0Dir, file0Dir); d = 1; } else d = 0;
      }
    } else if (d === 0) d = 1;
    while (this.dirs.length < d) this.dirs.push(null);
    this.dirs[d] = path;
    return d;
  }
}

/** lbasename, except that "/x" stays whole (gas's get_basename: no empty directory). */
function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? path : path.slice(slash + 1);
}

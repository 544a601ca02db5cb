import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files ending in `extension` under `dir`, grouped by the top subfolder they sit in ('' for `dir` itself). */
export function filesBySubfolder(dir: string, extension: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const walk = (folder: string, group: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path, group || name);
      else if (name.endsWith(extension)) groups.set(group, [...(groups.get(group) ?? []), path]);
    }
  };
  walk(dir, '');
  return groups;
}

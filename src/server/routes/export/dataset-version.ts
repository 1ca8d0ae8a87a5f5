import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The dataset release the downloads carry: the first `## X.Y.Z` heading of `CHANGELOG.md` in
 * `dataDir`, where each release of the data is recorded (the newest on top, "unreleased" while it
 * is prepared); 'unversioned' when there is none. Read once per folder.
 *
 * @example datasetVersion(dataDir()) // '0.1.0'
 */
export function datasetVersion(dataDir: string): string {
  let version = versions.get(dataDir);
  if (version === undefined) {
    let changelog = '';
    try {
      changelog = readFileSync(join(dataDir, 'CHANGELOG.md'), 'utf8');
    } catch {
      // No changelog beside the data: the files are still served, marked unversioned.
    }
    version = /^## +(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\b/m.exec(changelog)?.[1] ?? 'unversioned';
    versions.set(dataDir, version);
  }
  return version;
}

const versions = new Map<string, string>();

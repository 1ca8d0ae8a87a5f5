import { fileURLToPath } from 'node:url';

/** The bundled catalogue directory (`data/` at the package root). */
export function dataDir(): string {
  return fileURLToPath(new URL('../../data', import.meta.url));
}

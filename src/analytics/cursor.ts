import { QueryError } from './errors.js';

/** Where a page ended: the sort it belongs to, the last item's sort key and its id (the tie-break). */
export interface CursorPosition {
  sort: string;
  order: 'asc' | 'desc';
  key: string | number;
  id: string;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/**
 * An opaque cursor: base64url (RFC 4648 §5, no padding) of `[sort, order, key, id]`. It names a
 * position, not an offset, so a page starts right after the item it was made from even when items
 * before it were added or removed.
 *
 * @example encodeCursor({ sort: 'name', order: 'asc', key: 'CHNV parole', id: 'us-chnv-parole' })
 */
export function encodeCursor(position: CursorPosition): string {
  return toBase64Url(JSON.stringify([position.sort, position.order, position.key, position.id]));
}

/**
 * Reads a cursor made by `encodeCursor` for the same sort and order.
 * @throws QueryError `invalid_cursor` when it is not one, or belongs to another sort or order.
 *
 * @example decodeCursor(next_cursor, 'name', 'asc').id // the last item of the previous page
 */
export function decodeCursor(cursor: string, sort: string, order: 'asc' | 'desc'): CursorPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(cursor));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw invalid('is not a cursor this API gave out; start again without it');
  const [s, o, key, id] = parsed as unknown[];
  if (typeof id !== 'string' || (typeof key !== 'string' && (typeof key !== 'number' || !Number.isFinite(key)))) {
    throw invalid('is not a cursor this API gave out; start again without it');
  }
  if (s !== sort || o !== order) throw invalid(`was made for sort=${String(s)}&order=${String(o)}; ask with the same sort and order, or start again without it`);
  return { sort, order, key, id };
}

function invalid(message: string): QueryError {
  return new QueryError('invalid_cursor', 'cursor', `the cursor ${message}`);
}

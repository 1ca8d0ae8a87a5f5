/**
 * A request that shows one documented answer of a route. Each route folder lists its examples in
 * `<resource>.examples.ts` (exporting `examples`); the contract test sends every one, checks the
 * status and validates the answer against the OpenAPI document, and fails for any documented
 * operation that has no successful example.
 */
export interface ApiExample {
  /** The documented operation: method and OpenAPI path, e.g. `GET /api/pathways/{id}`. */
  operation: string;
  /** What the example shows, e.g. 'rejects an unknown country code'. */
  title: string;
  /** The concrete URL to request, with its query. */
  url: string;
  /** A JSON body (sent with Content-Type: application/json). */
  json?: unknown;
  /** The status the app must answer. */
  status: number;
}

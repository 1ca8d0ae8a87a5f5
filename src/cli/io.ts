/** Where a command writes; tests pass their own to capture output in-process. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Reads standard input fully (for `--profile -`). */
  readStdin: () => Promise<string>;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** A bad argument or input file: reported on stderr, exit code 2. */
export class UsageError extends Error {}

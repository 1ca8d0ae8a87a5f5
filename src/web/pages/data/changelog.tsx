import type { ComponentChildren } from 'preact';

/** A block of data/CHANGELOG.md: a release heading, a paragraph, or a list of entries. */
export type Block = { kind: 'heading' | 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/**
 * The changelog's few Markdown forms as blocks: `## ` headings, `- ` entries (continued on
 * indented lines) and paragraphs. The document's `# ` title is dropped: the page has its own.
 */
export function parseChangelog(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (list) blocks.push({ kind: 'list', items: list });
    paragraph = [];
    list = null;
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) { flush(); continue; }
    if (line.startsWith('# ')) { flush(); continue; }
    if (line.startsWith('## ')) { flush(); blocks.push({ kind: 'heading', text: line.slice(3).trim() }); continue; }
    if (line.startsWith('- ')) {
      if (paragraph.length) flush();
      (list ??= []).push(line.slice(2).trim());
      continue;
    }
    if (list && /^\s/.test(line)) list[list.length - 1] += ` ${line.trim()}`;
    else { if (list) flush(); paragraph.push(line.trim()); }
  }
  flush();
  return blocks;
}

/** `code` spans kept as code; the rest as text. */
function Inline({ text }: { text: string }) {
  const parts: ComponentChildren[] = text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
  return <>{parts}</>;
}

/** The dataset changelog, as written in data/CHANGELOG.md (English). */
export function Changelog({ markdown, headingLevel }: { markdown: string; headingLevel: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div class="changelog" lang="en">
      {parseChangelog(markdown).map((block, i) => {
        if (block.kind === 'list') return <ul key={i}>{block.items.map((item, j) => <li key={j}><Inline text={item} /></li>)}</ul>;
        return block.kind === 'heading' ? <Heading key={i}><Inline text={block.text} /></Heading> : <p key={i}><Inline text={block.text} /></p>;
      })}
    </div>
  );
}

/** The newest release named in the changelog (`0.1.0` of "## 0.1.0 — unreleased"). */
export function latestVersion(markdown: string): string | null {
  return /^## +v?(\d+\.\d+\.\d+)/m.exec(markdown)?.[1] ?? null;
}

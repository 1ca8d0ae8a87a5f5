import { describe, expect, it } from 'vitest';
import { latestVersion, parseChangelog } from './changelog.js';

describe('web data page: the changelog', () => {
  const md = '# Dataset changelog\n\nWhat changed.\nIn each release.\n\n## 0.2.0 — 2026-01-05\n\n- Added `x`,\n  continued.\n- Second.\n\n## 0.1.0\n\n- First.\n';
  it('reads headings, paragraphs and entries with their continuation lines', () => {
    expect(parseChangelog(md)).toEqual([
      { kind: 'paragraph', text: 'What changed. In each release.' },
      { kind: 'heading', text: '0.2.0 — 2026-01-05' },
      { kind: 'list', items: ['Added `x`, continued.', 'Second.'] },
      { kind: 'heading', text: '0.1.0' },
      { kind: 'list', items: ['First.'] },
    ]);
  });
  it('names the newest release', () => {
    expect(latestVersion(md)).toBe('0.2.0');
    expect(latestVersion('# nothing')).toBeNull();
  });
});

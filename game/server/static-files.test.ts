// The static file handler serves files inside dist/ only: `..`, encoded `..`, NUL bytes and folders never reach
// the file system outside it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileFor } from './static-files';

const base = mkdtempSync(join(tmpdir(), 'summit-static-'));
const root = join(base, 'dist');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<html></html>');
writeFileSync(join(root, 'assets', 'a.js'), '');
writeFileSync(join(base, 'secret.txt'), 'secret');
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('fileFor', () => {
  it('finds the page and its assets', () => {
    expect(fileFor(root, '/')).toBe(join(root, 'index.html'));
    expect(fileFor(root, '/?join=ABCDEF')).toBe(join(root, 'index.html'));
    expect(fileFor(root, '/assets/a.js')).toBe(join(root, 'assets', 'a.js'));
  });
  it('never leaves the folder', () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/../../secret.txt',
      '/%00',
      '/assets',
      '/%E0%A4%A',
    ])
      expect(fileFor(root, path), path).toBeNull();
  });
});

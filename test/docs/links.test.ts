// The README stays short and points to the guides; every link, anchor and image in the README and
// docs/ resolves (a moved heading or a missing screenshot fails here, not in a reader's browser).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const files = ['README.md', ...readdirSync(join(repo, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const text = (file: string) => readFileSync(join(repo, file), 'utf8');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
const anchors = (file: string) => new Set(text(file).split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => slug(l.replace(/^#+ /, ''))));
const withoutCode = (md: string) => md.replace(/```[\s\S]*?```/g, '');

describe('README and docs/', () => {
  it('the README is short: under 250 lines, its first block the two commands', () => {
    const readme = text('README.md');
    expect(readme.split('\n').length).toBeLessThan(250);
    expect(readme).toMatch(/^# cssp\n\n```sh\nnpm ci && node bin\/cssp\.js check[^\n]*\nnpm test[^\n]*\n```/);
  });

  it('the README names every command, linked to its reference', () => {
    const names = (file: string) => [...text(file).matchAll(/\.command\('([a-z]+)/g)].map((m) => m[1]!);
    const drill = names('src/cli-drill.ts').filter((c) => c !== 'drill');
    const translate = names('src/cli-translate.ts').filter((c) => c !== 'translate');
    const top = [...names('src/cli.ts'), ...names('src/cli-director.ts'), 'drill', 'translate'];
    expect(top.length).toBeGreaterThan(10);
    const readme = text('README.md');
    for (const command of top) expect(readme, command).toMatch(new RegExp(`\\[\`cssp ${command}\\b[^\\n]*?\`\\]\\(docs/commands\\.md#`));
    for (const command of drill) expect(readme, `drill ${command}`).toMatch(new RegExp(`\\[\`cssp drill [^\\n]*?\\b${command}\\b[^\\n]*?\`\\]\\(docs/commands\\.md#`));
    for (const command of translate) expect(readme, `translate ${command}`).toMatch(new RegExp(`\\[\`cssp translate [^\\n]*?\\b${command}\\b[^\\n]*?\`\\]\\(docs/commands\\.md#`));
  });

  it.each(files)('%s: every relative link, anchor and image exists', (file) => {
    const broken: string[] = [];
    for (const [, target] of withoutCode(text(file)).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      const [path, anchor] = target!.split('#');
      const resolved = path ? join(dirname(join(repo, file)), path) : join(repo, file);
      if (!existsSync(resolved)) broken.push(`${target} (no such file)`);
      else if (anchor && resolved.endsWith('.md') && !anchors(resolved.slice(repo.length + 1)).has(anchor)) broken.push(`${target} (no such heading)`);
    }
    expect(broken).toEqual([]);
  });

  it('the guides show the images drawn from the sample', () => {
    for (const [guide, images] of Object.entries({ 'docs/site-lead.md': ['edit-form', 'check-new-plan', 'drill-add', 'draft-not-on-file'], 'docs/director.md': ['status', 'responder-cover'] })) {
      for (const image of images) expect(text(guide)).toContain(`](images/${image}.png)`);
    }
  });
});

// Lint: no user-visible text in the renderer bypasses i18next (rule in i18n-lint.ts). First the rule
// itself on small sources (what it must catch and what it must let pass), then the whole of renderer/src.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatViolation, lintSource, lintTree, sourceFiles } from './i18n-lint';

const root = resolve(import.meta.dirname, '../..');
const texts = (source: string, file = 'x.tsx') => lintSource(file, source).map((v) => `${v.kind} ${v.text}`);

describe('the i18n lint rule', () => {
  it('catches text in JSX, in visible attributes and in JSX expressions', () => {
    expect(
      texts(`
        export const A = ({ ok, n }: { ok: boolean; n: number }) => (
          <section aria-label="People">
            <h1>Saved</h1>
            <img alt='A map of rings' src="x.png" />
            <input placeholder={'Search…'} title={\`\${n} people\`} />
            <Field label="Name" />
            <p>{ok ? 'Yes' : t('no')}</p>
            <p>{ok && 'Done'}</p>
            <p>{'Total: ' + n}</p>
          </section>
        );
      `),
    ).toEqual([
      'attribute People',
      'jsx-text Saved',
      'attribute A map of rings',
      'attribute Search…',
      'attribute … people',
      'attribute Name',
      'jsx-expression Yes',
      'jsx-expression Done',
      'jsx-expression Total:',
    ]);
  });

  it('catches text that D3 or the DOM put on screen', () => {
    expect(
      texts(
        `
        selection.append('text').text('Me');
        node.attr('aria-label', 'Your network').attr('class', 'ego-node');
        element.setAttribute('title', \`Rings of \${name}\`);
        status.textContent = 'Loading…';
        context.fillText('You', 0, 0);
        `,
        'x.ts',
      ),
    ).toEqual([
      'dom-text Me',
      'dom-text Your network',
      'dom-text Rings of …',
      'dom-text Loading…',
      'dom-text You',
    ]);
  });

  it('lets translations, symbols, numbers, keys, classes and declared languages pass', () => {
    expect(
      texts(`
        export const B = ({ kind, count }: { kind: string; count: number }) => (
          <div className="view is-wide" role="dialog" aria-labelledby="title-id" data-state="open">
            <h2 id="title-id">{t('people.title', { defaultValue: 'People' })}</h2>
            <button type="button" aria-label={t('close')} title={i18n.t('app:close')}>×</button>
            <span>{count} — {count > 1 ? '…' : '·'} 42 %</span>
            <p>{kind === 'friend' ? t('kind.friend') : tr('other')}</p>
            <p>{labels['friend']}</p>
            <select><option lang="de">Deutsch</option><option value="A4">A4</option></select>
            <p>{format('date')} {text('displayName')}</p>
            <p>CSV · vCard · JSON · A4</p>
          </div>
        );
      `),
    ).toEqual([]);
  });

  it('reports file, line and column', () => {
    const [violation] = lintSource('renderer/src/x.tsx', 'const a = (\n  <p>\n    Hello\n  </p>\n);');
    expect(violation && formatViolation(violation)).toBe('renderer/src/x.tsx:3:5 jsx-text "Hello"');
  });
});

describe('renderer/src', () => {
  it('shows no text that bypasses i18next', () => {
    // The whole tree is read (a wrong folder would pass vacuously).
    expect(sourceFiles(resolve(root, 'renderer/src')).length).toBeGreaterThan(100);
    const violations = lintTree(root, resolve(root, 'renderer/src'));
    expect(
      violations.map(formatViolation),
      'Put these strings into shared/i18n/locales/{en,de}/<namespace>.ts and show them with t(…); ' +
        'words that are the same in every language go into ALLOWED in test/unit/i18n-lint.ts',
    ).toEqual([]);
  });
});

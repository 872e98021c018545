/**
 * The i18n lint rule (used by i18n-lint.test.ts): finds user-visible text in the renderer that does not go
 * through i18next. It parses each file with the TypeScript compiler and reports
 *
 *  - JSX text with a letter in it (`<p>Saved</p>`),
 *  - string literals (and template literals) with a letter in user-visible attributes — aria-label,
 *    aria-description, aria-roledescription, aria-valuetext, aria-placeholder, title, placeholder, alt,
 *    label — and in JSX expression children (`{ok ? 'Yes' : 'No'}`),
 *  - the same in D3 and DOM code (.ts and .tsx): `.text('…')`, `.attr('aria-label', '…')`,
 *    `setAttribute('title', '…')`, `.textContent = '…'`, `fillText('…')`,
 *
 * unless the literal is an argument of a translation call (`t(…)`, `i18n.t(…)`, `tr(…)`: there it is a
 * key), or sits inside an element that declares its own language (`<option lang="de">Deutsch</option>`).
 * Text without letters (×, —, …, numbers, %) is not language and passes. `ALLOWED` lists the few words
 * that are the same in every language (format names).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface Violation {
  file: string;
  line: number;
  column: number;
  kind: 'jsx-text' | 'attribute' | 'jsx-expression' | 'dom-text';
  text: string;
}

/** Attributes a person reads or hears (screen readers): their values must be translated. */
export const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Words that are the same in English and German: names of file formats, paper sizes, the product. */
export const ALLOWED = new Set([
  'CSV',
  'JSON',
  'vCard',
  'iCalendar',
  'PDF',
  'SVG',
  'PNG',
  'Tiefgang',
  // ISO paper sizes.
  'A3',
  'A4',
]);

const TRANSLATE_CALLEES = new Set(['t', 'tr', 'i18n.t', 'i18next.t']);

const WORD = /\p{L}[\p{L}\p{N}]*/gu;

/** Text with at least one word that is not in ALLOWED ("CSV · vCard" is not language, "Save as CSV" is). */
function isLanguageText(text: string): boolean {
  return [...text.matchAll(WORD)].some(([word]) => !ALLOWED.has(word));
}

function calleeName(call: ts.CallExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) {
    const owner = ts.isIdentifier(callee.expression) ? `${callee.expression.text}.` : '*.';
    return `${owner}${callee.name.text}`;
  }
  return '';
}

/** Inside `t('key')` (or `i18n.t`, `tr`, `x.t`): the literal is a translation key. */
function insideTranslation(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isCallExpression(at)) {
      const name = calleeName(at);
      if (TRANSLATE_CALLEES.has(name) || name.endsWith('.t')) return true;
    }
    if (ts.isJsxElement(at) || ts.isJsxSelfClosingElement(at) || ts.isSourceFile(at)) return false;
  }
  return false;
}

/** Inside an element with a `lang` attribute: text deliberately in that language. */
function insideDeclaredLanguage(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    const opening = ts.isJsxElement(at) ? at.openingElement : ts.isJsxSelfClosingElement(at) ? at : undefined;
    if (opening?.attributes.properties.some((p) => ts.isJsxAttribute(p) && p.name.getText() === 'lang'))
      return true;
  }
  return false;
}

/**
 * The literals an expression may put on screen: the expression itself, both branches of `?:`, the
 * right of `&&`, both sides of `||`, `??` and `+`, array elements. Not conditions, comparisons, call
 * arguments or keys (`kind === 'friend'`, `labels['x']`, `format('x')`), and not inside t(…).
 */
function shownLiterals(expression: ts.Expression): ts.Node[] {
  const e = expression;
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e))
    return insideTranslation(e) ? [] : [e];
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e))
    return shownLiterals(e.expression);
  if (ts.isSatisfiesExpression(e)) return shownLiterals(e.expression);
  if (ts.isConditionalExpression(e)) return [...shownLiterals(e.whenTrue), ...shownLiterals(e.whenFalse)];
  if (ts.isArrayLiteralExpression(e)) return e.elements.flatMap((element) => shownLiterals(element));
  if (ts.isBinaryExpression(e)) {
    switch (e.operatorToken.kind) {
      case ts.SyntaxKind.AmpersandAmpersandToken:
      case ts.SyntaxKind.CommaToken:
        return shownLiterals(e.right);
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.PlusToken:
        return [...shownLiterals(e.left), ...shownLiterals(e.right)];
      default:
        return [];
    }
  }
  return [];
}

function literalText(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…');
  return node.getText();
}

/** DOM and D3 calls that put text on screen: the argument that is the text. */
function domTextArgument(call: ts.CallExpression): ts.Expression | undefined {
  // Only methods (`selection.text(…)`, `ctx.fillText(…)`): a local function called text() is not D3.
  if (!ts.isPropertyAccessExpression(call.expression)) return undefined;
  const method = call.expression.name.text;
  const [first, second] = call.arguments;
  if (method === 'text' || method === 'fillText' || method === 'strokeText') return first;
  if ((method === 'attr' || method === 'setAttribute') && first && second) {
    if (ts.isStringLiteral(first) && VISIBLE_ATTRIBUTES.has(first.text)) return second;
  }
  return undefined;
}

export function lintSource(file: string, source: string): Violation[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const violations: Violation[] = [];
  const report = (node: ts.Node, violationKind: Violation['kind'], text: string) => {
    if (!isLanguageText(text) || insideDeclaredLanguage(node)) return;
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    violations.push({
      file,
      line: line + 1,
      column: character + 1,
      kind: violationKind,
      text: text.replace(/\s+/g, ' ').trim(),
    });
  };

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, 'jsx-text', node.text);
    else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(sourceFile))) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value)) report(value, 'attribute', value.text);
      else if (value && ts.isJsxExpression(value) && value.expression)
        for (const literal of shownLiterals(value.expression))
          report(literal, 'attribute', literalText(literal));
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const literal of shownLiterals(node.expression))
        report(literal, 'jsx-expression', literalText(literal));
    } else if (ts.isCallExpression(node)) {
      const text = domTextArgument(node);
      if (text) for (const literal of shownLiterals(text)) report(literal, 'dom-text', literalText(literal));
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      ['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel'].includes(node.left.name.text)
    ) {
      for (const literal of shownLiterals(node.right)) report(literal, 'dom-text', literalText(literal));
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return violations;
}

/** Every .ts/.tsx file under `dir`, sorted. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function lintTree(root: string, dir: string): Violation[] {
  return sourceFiles(dir).flatMap((file) =>
    lintSource(relative(root, file).split('\\').join('/'), readFileSync(file, 'utf8')),
  );
}

export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line}:${v.column} ${v.kind} ${JSON.stringify(v.text)}`;
}

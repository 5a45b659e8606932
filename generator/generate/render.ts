/** Handlebars templates (templates/*.hbs) hold layout only, so every emitter renders through here. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { codeFragment, jsDocText, jsIdentifier, jsLiteral, jsStringContent, lineCommentText, markdownCode, markdownFenced, markdownText } from './escape.js';

const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));
const cache = new Map<string, Handlebars.TemplateDelegate>();

/**
 * The only way a template prints a value: through the escaping function of the context it prints
 * into (escape.ts). Handlebars' own `{{x}}` HTML-escaping is right for none of them (it is wrong for
 * code and not enough for Markdown), so it is off, and a template that prints a value any other way
 * is refused when it is loaded.
 */
const HELPERS: Record<string, (value: unknown) => string> = {
  /** A JavaScript literal (string, number, array, object). */
  js: (v) => jsLiteral(v),
  /** The inside of a single-quoted JavaScript string, e.g. a module specifier. */
  jsq: (v) => jsStringContent(String(v), "'"),
  /** An identifier the model has checked. */
  id: (v) => jsIdentifier(String(v)),
  /** Text inside a `/** … *\/` comment. */
  doc: (v) => jsDocText(String(v)),
  /** Text on a `// …` line. */
  line: (v) => lineCommentText(String(v)),
  /** A type expression an emitter built from identifiers and literals. */
  code: (v) => codeFragment(String(v)),
  /** Markdown inline text. */
  md: (v) => markdownText(String(v)),
  /** A Markdown code span, and one inside a table cell. */
  mdCode: (v) => markdownCode(String(v)),
  mdCell: (v) => markdownCode(String(v), 'table'),
  /** A line inside a fenced Markdown code block. */
  fenced: (v) => markdownFenced(String(v)),
};

const handlebars = Handlebars.create();
for (const [name, helper] of Object.entries(HELPERS)) handlebars.registerHelper(name, (value: unknown) => helper(value));

/** Every `{{…}}` of a template is one of HELPERS applied to one value; blocks (`#each`, `#if`) are layout. */
function checkTemplate(name: string, source: string): void {
  const visit = (node: hbs.AST.Node | null | undefined): void => {
    if (!node) return;
    if (node.type === 'Program') (node as hbs.AST.Program).body.forEach(visit);
    else if (node.type === 'BlockStatement') {
      const block = node as hbs.AST.BlockStatement;
      visit(block.program);
      visit(block.inverse);
    } else if (node.type === 'MustacheStatement') {
      const m = node as hbs.AST.MustacheStatement;
      const helper = m.path.type === 'PathExpression' ? (m.path as hbs.AST.PathExpression).original : '';
      if (!(helper in HELPERS) || m.params.length !== 1 || !m.escaped) {
        throw new Error(`templates/${name}.hbs:${m.loc.start.line}: print values as {{helper value}} with one of ${Object.keys(HELPERS).join(', ')}`);
      }
    } else if (node.type !== 'ContentStatement' && node.type !== 'CommentStatement') {
      throw new Error(`templates/${name}.hbs:${node.loc.start.line}: ${node.type} is not allowed in a template`);
    }
  };
  visit(Handlebars.parse(source));
}

/** Render templates/<name>.hbs. Templates hold layout only; every value passes through a helper above. */
export function renderTemplate(name: string, view: object): string {
  let template = cache.get(name);
  if (!template) {
    const source = readFileSync(`${TEMPLATES}${name}.hbs`, 'utf8');
    checkTemplate(name, source);
    template = handlebars.compile(source, { noEscape: true, strict: true });
    cache.set(name, template);
  }
  return template(view);
}

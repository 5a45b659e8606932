/** Handlebars templates (templates/*.hbs) hold layout only, so every emitter renders through here. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));
const cache = new Map<string, Handlebars.TemplateDelegate>();

/**
 * Render templates/<name>.hbs. Templates hold layout only; every value they print is computed in
 * TypeScript beforehand. `{{x}}` HTML-escapes, so code is printed with `{{{x}}}` from values the
 * emitters have already made safe (JSON literals, identifiers, escaped comment text).
 */
export function renderTemplate(name: string, view: object): string {
  let template = cache.get(name);
  if (!template) {
    template = Handlebars.compile(readFileSync(`${TEMPLATES}${name}.hbs`, 'utf8'), { noEscape: false, strict: true });
    cache.set(name, template);
  }
  return template(view);
}

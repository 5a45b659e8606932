/**
 * The request body as a whole: whether there is one, whether it must be sent, and which media types
 * the server accepts. Dropping a media type breaks clients that send it; adding one breaks nobody.
 */
import { rule } from '../rule.js';

const body = { site: 'request-body', direction: 'request' } as const;
const media = { site: 'media-type', direction: 'request' } as const;

export const rules = [
  rule({ id: 'request-body-added-required', level: 'ERR', message: 'required request body added', when: { kind: 'added', ...body }, and: (f) => f.required === true }),
  rule({ id: 'request-body-added-optional', level: 'INFO', message: 'optional request body added', when: { kind: 'added', ...body }, and: (f) => !f.required }),
  rule({ id: 'request-body-removed', level: 'ERR', message: 'request body removed', when: { kind: 'removed', ...body } }),
  rule({ id: 'request-body-became-required', level: 'ERR', message: 'request body became required', when: { kind: 'became-required', ...body } }),
  rule({ id: 'request-body-became-optional', level: 'INFO', message: 'request body became optional', when: { kind: 'became-optional', ...body } }),
  rule({ id: 'request-body-media-type-added', level: 'INFO', message: 'request media type {mediaType} added', when: { kind: 'added', ...media } }),
  rule({ id: 'request-body-media-type-removed', level: 'ERR', message: 'request media type {mediaType} removed', when: { kind: 'removed', ...media } }),
];

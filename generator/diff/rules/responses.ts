/**
 * Response status codes and media types. A success status that disappears is a break (clients
 * waiting for it now see something else); error statuses come and go as INFO, as in oasdiff.
 * Unlike oasdiff we also classify the `2XX` range (as success) and `default` (as non-success).
 */
import { rule } from '../rule.js';

const status = { site: 'response', direction: 'response' } as const;
const media = { site: 'media-type', direction: 'response' } as const;

export const rules = [
  rule({ id: 'response-success-status-removed', level: 'ERR', message: 'success response {status} removed', when: { kind: 'removed', ...status, detail: 'success' } }),
  rule({ id: 'response-success-status-added', level: 'INFO', message: 'success response {status} added', when: { kind: 'added', ...status, detail: 'success' } }),
  rule({ id: 'response-non-success-status-removed', level: 'INFO', message: 'response {status} removed', when: { kind: 'removed', ...status, detail: 'non-success' } }),
  rule({ id: 'response-non-success-status-added', level: 'INFO', message: 'response {status} added', when: { kind: 'added', ...status, detail: 'non-success' } }),
  rule({ id: 'response-media-type-removed', level: 'ERR', message: 'media type {mediaType} of response {status} removed', when: { kind: 'removed', ...media } }),
  rule({ id: 'response-media-type-added', level: 'INFO', message: 'media type {mediaType} of response {status} added', when: { kind: 'added', ...media } }),
];

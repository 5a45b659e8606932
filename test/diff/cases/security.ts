/** Rule cases for generator/diff/rules/security.ts: each names its rule id, a base and a revision. */
import { doc, ruleCase } from '../helpers.js';

const schemes = {
  apiKey: { type: 'apiKey', in: 'header', name: 'X-Auth-Token' },
  oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: 'read', write: 'write' } } } },
};
const withOp = (security: unknown, extra: Record<string, unknown> = {}) =>
  doc(
    { '/things': { get: { operationId: 'listThings', ...(security === undefined ? {} : { security }), responses: { '200': { description: 'ok' } } } } },
    { components: { securitySchemes: schemes }, ...extra },
  );
const global = (security: unknown) => withOp(undefined, { security });

export const cases = [
  ruleCase('api-security-added', withOp([{ apiKey: [] }]), withOp([{ apiKey: [] }, { oauth: ['read'] }]), { expect: { operation: 'GET', subject: 'oauth', direction: 'none' } }),
  ruleCase('api-security-removed', withOp([{ apiKey: [] }, { oauth: ['read'] }]), withOp([{ apiKey: [] }])),
  ruleCase('api-security-scope-added', withOp([{ oauth: ['read'] }]), withOp([{ oauth: ['read', 'write'] }]), { expect: { subject: 'oauth', to: 'write' } }),
  ruleCase('api-security-scope-removed', withOp([{ oauth: ['read', 'write'] }]), withOp([{ oauth: ['read'] }]), { expect: { from: 'write' } }),
  ruleCase('api-global-security-added', global([{ apiKey: [] }]), global([{ apiKey: [] }, { apiKey: [], oauth: ['read'] }]), {
    expect: { operation: '', path: '', subject: 'apiKey + oauth' },
  }),
  ruleCase('api-global-security-removed', global([{ apiKey: [] }, {}]), global([{ apiKey: [] }]), { note: 'anonymous access withdrawn', expect: { subject: '(anonymous)' } }),
  ruleCase('api-global-security-scope-added', global([{ oauth: ['read'] }]), global([{ oauth: ['read', 'write'] }])),
  ruleCase('api-global-security-scope-removed', global([{ oauth: ['read', 'write'] }]), global([{ oauth: ['write'] }])),
  ruleCase('api-security-component-added', doc({}, { components: { securitySchemes: { apiKey: schemes.apiKey } } }), doc({}, { components: { securitySchemes: schemes } }), {
    expect: { subject: 'oauth' },
  }),
  ruleCase('api-security-component-removed', doc({}, { components: { securitySchemes: schemes } }), doc({}, { components: { securitySchemes: { oauth: schemes.oauth } } })),
];

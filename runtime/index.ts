export * from './auth.js';
export * from './errors.js';
export * from './http.js';
export * from './validation.js';

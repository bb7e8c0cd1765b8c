// The Content Security Policy served with the build: scripts only from Gantry's own origin (no inline scripts, no
// eval), the mock platform's service worker from the same origin, inline style attributes allowed (React and the
// charts set them). Dev mode is left alone: Vite's dev server injects inline scripts for hot reload.
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Headers for servers that can send them (`vite preview`); `frame-ancestors` only works as a header. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

/** Puts the policy in the built index.html, so it holds on any static host. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'gantry-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Header and cache poisoning, and cross-origin credentials (issue #15, findings 5 and 7), against
 * the built app: absolute URLs come from PUBLIC_URL whatever Host the caller sends, JSON-LD is safe
 * inside a `<script>`, production refuses to start without a public address, and a foreign Origin
 * gets no CORS answer (so a page there cannot read an admin token minted with the refresh cookie).
 * The GraphQL fast path's content type is tested with the other GraphQL attacks (graphql-abuse).
 */
import http from 'http';

import { createTestDatabase, type TestDatabase } from '../support/database';
import { startServer, type RunningServer } from '../support/processes';
import { seedOrThrow } from '../support/seeding';
import { ADMIN_PASSWORD, publishStory, registerSuperAdmin, requestJson, SUPER_ADMIN_EMAIL, type AdminSession } from '../e2e/support/admin-api';
import { ARTICLE_SLUG } from './support';

const PUBLIC_URL = 'https://news.example.com';
const ALLOWED_ORIGIN = 'https://site.newsroom.example';
const ATTACKER = 'https://attacker.newsroom.example';
const HOSTILE_HEADLINE = '</script><script>alert("owned")</script> & <b>bold</b>';

/** A GET with headers fetch() would not send as given (Host). */
const rawGet = (url: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> =>
  new Promise((resolve, reject) => {
    const request = http.get(url, { headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    request.on('error', reject);
  });

describe('headers, URLs and origins', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let chief: AdminSession;
  let hostileSlug: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrThrow(db.env);
    server = await startServer({ ...db.env, PUBLIC_URL, CORS_ORIGINS: ALLOWED_ORIGIN });
    chief = await registerSuperAdmin(server.url);
    hostileSlug = 'script-in-the-headline';
    const created = await requestJson(`${server.url}/content-manager/collection-types/plugin::newsroom.story`, {
      method: 'POST',
      token: chief.token,
      body: { headline: HOSTILE_HEADLINE, slug: hostileSlug, body: [{ type: 'paragraph', children: [{ type: 'text', text: 'A story. </script>' }] }] },
    });
    if (created.status >= 300) throw new Error(JSON.stringify(created.body));
    const published = await publishStory(server.url, chief, created.body.data.documentId);
    if (published.status >= 300) throw new Error(JSON.stringify(published.body));
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it.each(['ninjs', 'jsonld'])('builds %s URLs from PUBLIC_URL, never from Host or X-Forwarded-Host', async (format) => {
    const url = `${server.url}/api/newsroom/stories/${ARTICLE_SLUG}/${format}`;
    const honest = await rawGet(url, {});
    const poisoned = await rawGet(url, { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' });
    expect(poisoned.status).toBe(200);
    expect(poisoned.body).not.toContain('evil.example');
    expect(poisoned.body).toContain(`"${PUBLIC_URL}/stories/`);
    expect(poisoned.body).toBe(honest.body);
    expect(poisoned.headers.etag).toBe(honest.headers.etag);
    // Nothing in the answer depends on the Host, so no cache needs to key on it.
    expect(poisoned.headers.vary ?? '').not.toMatch(/host/i);
  });

  it('serves JSON-LD that is safe to embed in a <script> element, and still the same data', async () => {
    const response = await rawGet(`${server.url}/api/newsroom/stories/${hostileSlug}/jsonld`, {});
    expect(response.status).toBe(200);
    expect(response.body).not.toMatch(/[<>]/);
    expect(response.body).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(response.body).headline).toBe(HOSTILE_HEADLINE);
  });

  describe('CORS', () => {
    const loginCookie = async () => {
      const login = await fetch(`${server.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: SUPER_ADMIN_EMAIL, password: ADMIN_PASSWORD, rememberMe: true }),
      });
      expect(login.status).toBe(200);
      const cookies = login.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
      expect(cookies.join('; ')).toMatch(/refresh/);
      return cookies.join('; ');
    };

    it('gives a foreign origin no CORS answer on POST /admin/access-token, preflight or not', async () => {
      const cookie = await loginCookie();
      const preflight = await fetch(`${server.url}/admin/access-token`, {
        method: 'OPTIONS',
        headers: { origin: ATTACKER, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
      const minted = await fetch(`${server.url}/admin/access-token`, {
        method: 'POST',
        headers: { origin: ATTACKER, cookie, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(minted.headers.get('access-control-allow-origin')).toBeNull();
      expect(minted.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('answers an origin listed in CORS_ORIGINS', async () => {
      const response = await fetch(`${server.url}/api/newsroom/stories`, { headers: { origin: ALLOWED_ORIGIN } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      const foreign = await fetch(`${server.url}/api/newsroom/stories`, { headers: { origin: ATTACKER } });
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('without PUBLIC_URL', () => {
    it('uses a fixed http://localhost:PORT outside production, whatever the Host', async () => {
      const local = await startServer({ ...db.env, NODE_ENV: 'development' });
      try {
        const port = new URL(local.url).port;
        const response = await rawGet(`${local.url}/api/newsroom/stories/${ARTICLE_SLUG}/ninjs`, { host: 'evil.example' });
        expect(response.body).not.toContain('evil.example');
        expect(response.body).toContain(`"http://localhost:${port}/stories/`);
      } finally {
        await local.stop();
      }
    }, 120_000);

    it('refuses to start in production, naming PUBLIC_URL', async () => {
      await expect(startServer({ ...db.env, NODE_ENV: 'production' })).rejects.toThrow(/PUBLIC_URL/);
    }, 120_000);
  });
});

/**
 * Rebuilds on publish: Strapi's webhooks fire for stories, with the slug in the payload, when a
 * story is published (through the publish guard, or past it with an override), changed and
 * unpublished. The receiver is a local HTTP server registered as a webhook, as a site's build hook would be.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';

import { publishStory, registerSuperAdmin, requestJson, storyDocumentId, updateRecord, type AdminSession } from '../e2e/support/admin-api';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startServer, type RunningServer } from '../support/processes';
import { seedOrThrow } from '../support/seeding';

const MORE_STORIES = path.join(__dirname, '..', 'fixtures', 'more-stories.json');
const CLEAN_DRAFT = 'embargoed-harbor-audit-findings';
/** The demo draft: five attribution errors, so the guard refuses it without an override. */
const FAULTY_DRAFT = 'border-apprehensions-fell-again-in-july-dhs-says';
const STORY_UID = 'plugin::newsroom.story';

interface Delivery {
  headers: http.IncomingHttpHeaders;
  body: { event: string; uid: string; model: string; entry: Record<string, any> };
}

describe('webhooks for static-site rebuilds', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let chief: AdminSession;
  let receiver: http.Server;
  const deliveries: Delivery[] = [];

  const storyEvents = () => deliveries.filter((d) => d.body.uid === STORY_UID).map((d) => [d.body.event, d.body.entry.slug]);
  const waitForStoryEvent = async (event: string, slug: string) => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (storyEvents().some(([e, s]) => e === event && s === slug)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no ${event} for ${slug}; received: ${JSON.stringify(storyEvents())}`);
  };
  const cm = (pathAfter: string) => `${server.url}/content-manager/collection-types/${STORY_UID}/${pathAfter}`;

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        deliveries.push({ headers: req.headers, body: JSON.parse(raw) });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    db = await createTestDatabase();
    await seedOrThrow(db.env, [undefined, MORE_STORIES]);
    server = await startServer(db.env, { timeoutMs: 180_000 });
    chief = await registerSuperAdmin(server.url);
    const created = await requestJson(`${server.url}/admin/webhooks`, {
      method: 'POST',
      token: chief.token,
      body: {
        name: 'Rebuild the site',
        url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/rebuild`,
        headers: { Authorization: 'Bearer build-hook-secret' },
        events: ['entry.publish', 'entry.unpublish', 'entry.update'],
      },
    });
    if (created.status >= 300) throw new Error(`create webhook: ${JSON.stringify(created.body)}`);
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('fires entry.publish with the slug when a story passes the publish guard', async () => {
    const documentId = await storyDocumentId(server.url, chief, CLEAN_DRAFT);
    expect((await publishStory(server.url, chief, documentId)).status).toBe(200);
    await waitForStoryEvent('entry.publish', CLEAN_DRAFT);
    const delivery = deliveries.find((d) => d.body.event === 'entry.publish' && d.body.entry.slug === CLEAN_DRAFT)!;
    expect(delivery.headers.authorization).toBe('Bearer build-hook-secret');
    expect(delivery.body).toMatchObject({ model: 'story', uid: STORY_UID, entry: { slug: CLEAN_DRAFT, documentId, publishedAt: expect.any(String) } });
  });

  it('fires entry.update with the slug when a story is changed', async () => {
    const documentId = await storyDocumentId(server.url, chief, CLEAN_DRAFT);
    await updateRecord(server.url, chief, STORY_UID, documentId, { standfirst: 'Auditors found missing funds.' });
    await waitForStoryEvent('entry.update', CLEAN_DRAFT);
  });

  it('fires entry.unpublish with the slug when a story is taken down', async () => {
    const documentId = await storyDocumentId(server.url, chief, CLEAN_DRAFT);
    const response = await requestJson(cm(`${documentId}/actions/unpublish`), { method: 'POST', token: chief.token, body: {} });
    expect(response.status).toBe(200);
    await waitForStoryEvent('entry.unpublish', CLEAN_DRAFT);
  });

  it('fires nothing for a publish the guard refuses, and entry.publish when an editor overrides it', async () => {
    const documentId = await storyDocumentId(server.url, chief, FAULTY_DRAFT);
    expect((await publishStory(server.url, chief, documentId)).status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(storyEvents().filter(([event, slug]) => event === 'entry.publish' && slug === FAULTY_DRAFT)).toEqual([]);

    const override = await requestJson(`${server.url}/newsroom/stories/${documentId}/publish-with-override`, {
      method: 'POST',
      token: chief.token,
      body: { reason: 'Court deadline tonight; corrections to follow.' },
    });
    expect(override.status).toBe(200);
    await waitForStoryEvent('entry.publish', FAULTY_DRAFT);
  });
});

/**
 * A newsroom with drafts worth stealing, served by the built app, and the callers that try:
 * the public, a read-only and a full-access API token, and a users-permissions reader account.
 */
import path from 'path';

import { createTestDatabase, type TestDatabase } from '../support/database';
import { startServer, type RunningServer } from '../support/processes';
import { seed } from '../support/seeding';
import { registerSuperAdmin, requestJson, storyDocumentId, updateRecord, type AdminSession } from '../e2e/support/admin-api';
import { httpCall, type HttpResponse } from '../support/http';

export const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';
/** Published; its draft gets the edits below, which must never be served. */
export const EDITED_SLUG = 'lakeport-harbor-reopens-after-dredging';
/** Never published. */
export const DRAFT_SLUGS = ['border-apprehensions-fell-again-in-july-dhs-says', 'embargoed-harbor-audit-findings'];
export const PUBLISHED_SLUGS = ['harbor-fees-to-rise-by-4-percent', EDITED_SLUG, ARTICLE_SLUG];

/** Values that exist only in drafts. */
export const DRAFT_ONLY = {
  headline: 'ZZZ draft-only headline about the leaked audit',
  section: 'Embargoed',
  tag: 'draft-only-tag',
  sourceName: 'Deep Draft Source',
};

/** Anything that only a draft contains: finding one of these in a response is a leak. */
export const DRAFT_MARKERS =
  /SECRET DRAFT|Embargoed|embargoed-harbor|border-apprehensions|Border apprehensions fell|53 percent|ZZZ draft-only|draft-only-tag|Deep Draft Source|Processing center/;

export type CallerName = 'public' | 'read-only token' | 'full-access token';

export interface Newsroom {
  db: TestDatabase;
  server: RunningServer;
  chief: AdminSession;
  tokens: Record<CallerName, string | undefined>;
  draftDocumentIds: string[];
  draftOnlySourceId: string;
  uploadedFileId: number;
  close(): Promise<void>;
}

const MORE_STORIES = path.join(__dirname, '..', 'fixtures', 'more-stories.json');
const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const ok = (what: string, response: { status: number; body: any }) => {
  if (response.status >= 300) throw new Error(`${what} failed (${response.status}): ${JSON.stringify(response.body)}`);
  return response.body;
};

export const createApiToken = async (serverUrl: string, chief: AdminSession, type: 'read-only' | 'full-access') =>
  ok(
    `create ${type} token`,
    await requestJson(`${serverUrl}/admin/api-tokens`, {
      method: 'POST',
      token: chief.token,
      body: { name: `${type} ${Date.now()}`, description: '', type, lifespan: null },
    })
  ).data.accessKey as string;

/**
 * Seeds the article, the demo draft and the harbor stories (one draft only), starts the app, then
 * as an editor: changes the draft of a published story (headline, section, tag, a new source),
 * gives the never-published story a source of its own, and attaches an uploaded image to every
 * photo caption (the demo draft's included).
 */
export const startNewsroomWithDrafts = async (env: Record<string, string> = {}): Promise<Newsroom> => {
  const db = await createTestDatabase();
  for (const fixture of [undefined, MORE_STORIES]) {
    const result = await seed(db.env, fixture);
    if (result.code !== 0) throw new Error(`seed failed:\n${result.stderr}`);
  }
  const server = await startServer({ ...db.env, ...env });
  try {
    const chief = await registerSuperAdmin(server.url);
    const cm = (uid: string) => `${server.url}/content-manager/collection-types/${uid}`;

    const source = ok(
      'create source',
      await requestJson(cm('plugin::newsroom.source'), {
        method: 'POST',
        token: chief.token,
        body: { name: DRAFT_ONLY.sourceName, kind: 'person' },
      })
    ).data;

    const editedId = await storyDocumentId(server.url, chief, EDITED_SLUG);
    await updateRecord(server.url, chief, 'plugin::newsroom.story', editedId, {
      headline: DRAFT_ONLY.headline,
      section: DRAFT_ONLY.section,
      tags: [DRAFT_ONLY.tag],
      sources: { connect: [{ documentId: source.documentId }] },
    });
    const draftDocumentIds = [];
    for (const slug of DRAFT_SLUGS) draftDocumentIds.push(await storyDocumentId(server.url, chief, slug));
    await updateRecord(server.url, chief, 'plugin::newsroom.story', draftDocumentIds[1], {
      sources: { connect: [{ documentId: source.documentId }] },
      section: DRAFT_ONLY.section,
      tags: [DRAFT_ONLY.tag],
    });

    const form = new FormData();
    form.append('files', new Blob([ONE_PIXEL_PNG], { type: 'image/png' }), 'pixel.png');
    const upload = await fetch(`${server.url}/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${chief.token}` },
      body: form,
    });
    const uploaded = (await upload.json()) as any[];
    if (upload.status >= 300) throw new Error(`upload failed (${upload.status}): ${JSON.stringify(uploaded)}`);
    const captions = ok('list captions', await requestJson(cm('plugin::newsroom.photo-caption'), { token: chief.token }));
    for (const caption of captions.results) {
      await updateRecord(server.url, chief, 'plugin::newsroom.photo-caption', caption.documentId, { image: uploaded[0].id });
    }

    const tokens: Record<CallerName, string | undefined> = {
      public: undefined,
      'read-only token': await createApiToken(server.url, chief, 'read-only'),
      'full-access token': await createApiToken(server.url, chief, 'full-access'),
    };
    return {
      db,
      server,
      chief,
      tokens,
      draftDocumentIds,
      draftOnlySourceId: source.documentId,
      uploadedFileId: uploaded[0].id,
      async close() {
        await server.stop();
        await db.drop();
      },
    };
  } catch (error) {
    await server.stop();
    await db.drop();
    throw error;
  }
};

export const CALLERS: CallerName[] = ['public', 'read-only token', 'full-access token'];

export type TextResponse = HttpResponse;

export const call = httpCall;

export const graphql = (serverUrl: string, query: string, token?: string, variables?: Record<string, unknown>) =>
  call(`${serverUrl}/graphql`, { method: 'POST', token, body: { query, variables } });

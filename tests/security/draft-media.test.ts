/**
 * Draft media (issue #15, finding 8), against the built app: an image attached only to a draft
 * story's caption was listed to a read-only API token by `GET /api/upload/files`. Files that only
 * newsroom drafts use are now as hidden as the drafts; files published stories use stay listed.
 */
import { requestJson } from '../e2e/support/admin-api';
import { call, CALLERS, graphql, startNewsroomWithDrafts, type Newsroom } from './support';

const SECRET_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('draft media', () => {
  let newsroom: Newsroom;
  let secretFileId: number;

  beforeAll(async () => {
    newsroom = await startNewsroomWithDrafts();
    const form = new FormData();
    form.append('files', new Blob([SECRET_PNG], { type: 'image/png' }), 'embargoed-audit-photo.png');
    const upload = await fetch(`${newsroom.server.url}/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${newsroom.chief.token}` },
      body: form,
    });
    const uploaded = (await upload.json()) as any[];
    if (upload.status >= 300) throw new Error(JSON.stringify(uploaded));
    secretFileId = uploaded[0].id;
    const caption = await requestJson(`${newsroom.server.url}/content-manager/collection-types/plugin::newsroom.photo-caption`, {
      method: 'POST',
      token: newsroom.chief.token,
      body: { caption: 'The audit team at the harbor', creditLine: 'Staff', image: secretFileId, story: { connect: [{ documentId: newsroom.draftDocumentIds[1] }] } },
    });
    if (caption.status >= 300) throw new Error(JSON.stringify(caption.body));
  }, 300_000);

  afterAll(() => newsroom?.close());

  it.each(CALLERS)('%s: the upload routes do not list or serve a file only a draft uses', async (caller) => {
    const token = newsroom.tokens[caller];
    const list = await call(`${newsroom.server.url}/api/upload/files`, { token });
    expect(list.text).not.toContain('embargoed-audit-photo');
    const one = await call(`${newsroom.server.url}/api/upload/files/${secretFileId}`, { token });
    expect([403, 404]).toContain(one.status);
    expect(one.text).not.toContain('embargoed-audit-photo');
    const gql = await graphql(newsroom.server.url, '{ uploadFiles { name url } }', token);
    expect(gql.text).not.toContain('embargoed-audit-photo');
  });

  it('still lists a file that a published story uses', async () => {
    const list = await call(`${newsroom.server.url}/api/upload/files`, { token: newsroom.tokens['read-only token'] });
    expect(list.status).toBe(200);
    expect(list.body.map((file: any) => file.id)).toContain(newsroom.uploadedFileId);
    expect(list.body.map((file: any) => file.id)).not.toContain(secretFileId);
  });
});

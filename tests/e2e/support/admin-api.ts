import { httpCall, type HttpOptions } from '../../support/http';

/**
 * The Strapi admin API as the tests use it: a super admin registered on the fresh database,
 * more admins with a given role, and authenticated JSON requests.
 */
export const ADMIN_PASSWORD = 'Newsroom-test-2026';
export const SUPER_ADMIN_EMAIL = 'chief@newsroom.test';

export interface AdminSession {
  token: string;
  email: string;
}

export interface JsonResponse {
  status: number;
  body: any;
}

export const requestJson = async (url: string, options: HttpOptions = {}): Promise<JsonResponse> => {
  const { status, body } = await httpCall(url, options);
  return { status, body };
};

const expectOk = (what: string, response: JsonResponse) => {
  if (response.status >= 300) throw new Error(`${what} failed (${response.status}): ${JSON.stringify(response.body)}`);
  return response.body;
};

/** The first admin of a fresh database: a super admin. */
export const registerSuperAdmin = async (serverUrl: string): Promise<AdminSession> => {
  const body = expectOk(
    'register-admin',
    await requestJson(`${serverUrl}/admin/register-admin`, {
      method: 'POST',
      body: { email: SUPER_ADMIN_EMAIL, firstname: 'Chief', lastname: 'Editor', password: ADMIN_PASSWORD },
    })
  );
  return { token: body.data.token, email: SUPER_ADMIN_EMAIL };
};

/** Invites an admin with the role `roleCode` (e.g. strapi-author) and completes the registration. */
export const createAdminWithRole = async (
  serverUrl: string,
  superAdmin: AdminSession,
  roleCode: string,
  name: { firstname: string; lastname: string; email: string }
): Promise<AdminSession> => {
  const roles = expectOk('list roles', await requestJson(`${serverUrl}/admin/roles`, { token: superAdmin.token }));
  const role = roles.data.find((r: { code: string }) => r.code === roleCode);
  if (!role) throw new Error(`No admin role has the code ${roleCode}`);
  const invited = expectOk(
    'create admin user',
    await requestJson(`${serverUrl}/admin/users`, {
      method: 'POST',
      token: superAdmin.token,
      body: { email: name.email, firstname: name.firstname, lastname: name.lastname, roles: [role.id] },
    })
  );
  const registered = expectOk(
    'register admin user',
    await requestJson(`${serverUrl}/admin/register`, {
      method: 'POST',
      body: {
        registrationToken: invited.data.registrationToken,
        userInfo: { firstname: name.firstname, lastname: name.lastname, password: ADMIN_PASSWORD },
      },
    })
  );
  return { token: registered.data.token, email: name.email };
};

const STORY_UID = 'plugin::newsroom.story';

/** A story's documentId, looked up by slug through the Content Manager API. */
export const storyDocumentId = async (serverUrl: string, session: AdminSession, slug: string): Promise<string> => {
  const response = await requestJson(
    `${serverUrl}/content-manager/collection-types/${STORY_UID}?filters[slug][$eq]=${encodeURIComponent(slug)}`,
    { token: session.token }
  );
  const found = expectOk('find story', response).results?.[0];
  if (!found) throw new Error(`No story has the slug ${slug}`);
  return found.documentId;
};

/** Updates a record through the Content Manager, as the edit view's Save does. */
export const updateRecord = async (
  serverUrl: string,
  session: AdminSession,
  uid: string,
  documentId: string,
  data: Record<string, unknown>
) =>
  expectOk(
    `update ${uid}`,
    await requestJson(`${serverUrl}/content-manager/collection-types/${uid}/${documentId}`, {
      method: 'PUT',
      token: session.token,
      body: data,
    })
  );

/** Publishes a story through the Content Manager, as the edit view's Publish does. */
export const publishStory = (serverUrl: string, session: AdminSession, documentId: string) =>
  requestJson(`${serverUrl}/content-manager/collection-types/${STORY_UID}/${documentId}/actions/publish`, {
    method: 'POST',
    token: session.token,
    body: {},
  });

/** Takes one permission action away from an admin role, as an administrator does in Settings > Roles. */
export const removeRolePermission = async (serverUrl: string, superAdmin: AdminSession, roleCode: string, action: string) => {
  const roles = expectOk('list roles', await requestJson(`${serverUrl}/admin/roles`, { token: superAdmin.token }));
  const role = roles.data.find((r: { code: string }) => r.code === roleCode);
  if (!role) throw new Error(`No admin role has the code ${roleCode}`);
  const current = expectOk(
    'role permissions',
    await requestJson(`${serverUrl}/admin/roles/${role.id}/permissions`, { token: superAdmin.token })
  );
  const kept = current.data
    .filter((permission: { action: string }) => permission.action !== action)
    .map(({ action: kept, subject, properties, conditions }: Record<string, unknown>) => ({ action: kept, subject, properties, conditions }));
  expectOk(
    'update role permissions',
    await requestJson(`${serverUrl}/admin/roles/${role.id}/permissions`, { method: 'PUT', token: superAdmin.token, body: { permissions: kept } })
  );
};

import type { Core } from '@strapi/strapi';

import { NEWSROOM_ACTIONS } from '../../shared/constants';

const PLUGIN_NAME = 'newsroom';

/** `uid` is what follows `plugin::newsroom.` in NEWSROOM_ACTIONS. */
const ACTIONS = [
  { uid: 'findings.read', displayName: 'Read attribution findings' },
  { uid: 'sign-off', displayName: 'Sign off quotes and statistics' },
  { uid: 'publish-guard.override', displayName: 'Publish despite attribution errors (with a reason)' },
  { uid: 'attributions.read', displayName: 'Read the Attributions page' },
  { uid: 'import', displayName: 'Import articles as draft stories' },
].map((action) => ({ ...action, section: 'plugins', pluginName: PLUGIN_NAME }));

/** In `register`, so that the admin's bootstrap gives them to the super admin. */
export const registerPermissionActions = async (strapi: Core.Strapi) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTIONS);
};

const READER_ROLE_CODES = ['strapi-author', 'strapi-editor'];
const DEFAULT_ACTIONS: string[] = [NEWSROOM_ACTIONS.readFindings, NEWSROOM_ACTIONS.readAttributionsPage, NEWSROOM_ACTIONS.importArticle];
/** What a store written before the import action existed (`{ grantedAt }`) had granted. */
const FIRST_DEFAULT_ACTIONS: string[] = [NEWSROOM_ACTIONS.readFindings, NEWSROOM_ACTIONS.readAttributionsPage];

/**
 * Authors and Editors may read findings and the Attributions page, and import articles (they may
 * create stories), from the start. Each action is granted once (remembered in the plugin store),
 * so that an administrator who later removes one is obeyed; an action added by a later version
 * is granted on the first start of that version.
 */
export const grantDefaultPermissions = async (strapi: Core.Strapi) => {
  const store = strapi.store({ type: 'plugin', name: PLUGIN_NAME, key: 'default-permissions' });
  const remembered = (await store.get({})) as { grantedAt?: string; actions?: string[] } | null;
  const alreadyGranted = remembered ? (remembered.actions ?? FIRST_DEFAULT_ACTIONS) : [];
  const toGrant = DEFAULT_ACTIONS.filter((action) => !alreadyGranted.includes(action));
  if (toGrant.length === 0) return;
  const roles = await strapi.db.query('admin::role').findMany({ where: { code: { $in: READER_ROLE_CODES } } });
  if (roles.length === 0) return;
  for (const role of roles) {
    const existing = await strapi.db
      .query('admin::permission')
      .findMany({ where: { role: role.id, action: { $in: toGrant } } });
    const missing = toGrant.filter((action) => !existing.some((p: { action: string }) => p.action === action));
    if (missing.length > 0) {
      await strapi.service('admin::role').addPermissions(
        role.id,
        missing.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
      );
    }
  }
  await store.set({ value: { grantedAt: new Date().toISOString(), actions: [...alreadyGranted, ...toGrant] } });
};

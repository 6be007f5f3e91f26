import type { Core } from '@strapi/strapi';

import { PUBLIC_READ_ACTIONS } from '../../../shared/constants';
import { IMPORT_LOCK_KEY } from './fixture-import';

/** What the public (unauthenticated) role may call: reading published stories and their sources, nothing else. */
export const PUBLIC_STORY_ACTIONS = PUBLIC_READ_ACTIONS;

const publicAccess = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Grants the users-permissions public role read access to published stories. Idempotent. */
  async grantPublicRead(): Promise<{ granted: string[] }> {
    // Seeds run by several instances at once take turns here too (see fixture-import.ts).
    return strapi.db.transaction(async ({ trx }) => {
      if (strapi.db.dialect.client === 'postgres') await trx.raw('SELECT pg_advisory_xact_lock(?)', [IMPORT_LOCK_KEY]);
      return this.grantPublicReadUnlocked();
    });
  },

  async grantPublicReadUnlocked(): Promise<{ granted: string[] }> {
    const publicRole = await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } });
    if (!publicRole) throw new Error('The users-permissions public role does not exist yet.');

    const permissions = strapi.db.query('plugin::users-permissions.permission');
    const granted: string[] = [];
    for (const action of PUBLIC_STORY_ACTIONS) {
      const existing = await permissions.findOne({ where: { action, role: publicRole.id } });
      if (existing) continue;
      await permissions.create({ data: { action, role: publicRole.id } });
      granted.push(action);
    }
    return { granted };
  },
});

export default publicAccess;

import type { Core } from '@strapi/strapi';

import { READER_ACTIONS } from '../../../shared/constants';
import { IMPORT_LOCK_KEY } from './fixture-import';

/** What readers may call: reading published stories (in every format) and their sources, nothing else. */
export { READER_ACTIONS };

/** The public (no login) and authenticated (a reader's JWT) users-permissions roles read alike. */
export const READER_ROLE_TYPES = ['public', 'authenticated'];

const publicAccess = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Grants the public and authenticated roles read access to published stories. Idempotent. */
  async grantReaderAccess(): Promise<{ granted: string[] }> {
    // Seeds run by several instances at once take turns here too (see fixture-import.ts).
    return strapi.db.transaction(async ({ trx }) => {
      if (strapi.db.dialect.client === 'postgres') await trx.raw('SELECT pg_advisory_xact_lock(?)', [IMPORT_LOCK_KEY]);
      return this.grantReaderAccessUnlocked();
    });
  },

  async grantReaderAccessUnlocked(): Promise<{ granted: string[] }> {
    const roles = await strapi.db.query('plugin::users-permissions.role').findMany({ where: { type: { $in: READER_ROLE_TYPES } } });
    for (const type of READER_ROLE_TYPES) {
      if (!roles.some((role: { type: string }) => role.type === type)) throw new Error(`The users-permissions ${type} role does not exist yet.`);
    }

    const permissions = strapi.db.query('plugin::users-permissions.permission');
    const granted: string[] = [];
    for (const role of roles) {
      for (const action of READER_ACTIONS) {
        const existing = await permissions.findOne({ where: { action, role: role.id } });
        if (existing) continue;
        await permissions.create({ data: { action, role: role.id } });
        granted.push(`${role.type}: ${action}`);
      }
    }
    return { granted };
  },
});

export default publicAccess;

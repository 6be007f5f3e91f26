import type { Core } from '@strapi/strapi';

/**
 * Whether readers may create their own accounts (`POST /api/auth/local/register`), from the
 * newsroom's `allowReaderRegistration` setting (NEWSROOM_ALLOW_REGISTER): off by default, since a
 * newsroom's accounts are made by its staff. When on, a new account must confirm its e-mail address
 * before it can log in. Written into users-permissions' advanced settings at every start, so the
 * environment decides, not a toggle left on in the admin panel.
 */
export const applyReaderRegistration = async (strapi: Core.Strapi) => {
  const allow = strapi.config.get('plugin::newsroom.allowReaderRegistration') === true;
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  const wanted = { allow_register: allow, email_confirmation: allow ? true : advanced.email_confirmation ?? false };
  if (advanced.allow_register === wanted.allow_register && advanced.email_confirmation === wanted.email_confirmation) return;
  await store.set({ key: 'advanced', value: { ...advanced, ...wanted } });
};

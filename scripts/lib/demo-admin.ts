import type { Core } from '@strapi/strapi';

export const DEMO_ADMIN_EMAIL = 'editor@newsroom.example';
export const DEMO_ADMIN_PASSWORD = 'Newsroom-demo-2026';

export interface DemoAdminCredentials {
  email: string;
  password: string;
}

/** NEWSROOM_ADMIN_EMAIL / NEWSROOM_ADMIN_PASSWORD, with demo defaults that production refuses. */
export const demoAdminCredentials = (env = process.env): DemoAdminCredentials => {
  const email = env.NEWSROOM_ADMIN_EMAIL || DEMO_ADMIN_EMAIL;
  const password = env.NEWSROOM_ADMIN_PASSWORD || DEMO_ADMIN_PASSWORD;
  if (env.NODE_ENV === 'production' && password === DEMO_ADMIN_PASSWORD) {
    throw new Error(
      'Refusing to create an admin with the demo password in production: set NEWSROOM_ADMIN_PASSWORD to a password of your own.'
    );
  }
  return { email, password };
};

/** Creates the demo super admin unless a user with that email exists (its password is left alone). */
export const ensureDemoAdmin = async (strapi: Core.Strapi, { email, password }: DemoAdminCredentials) => {
  const existing = await strapi.db.query('admin::user').findOne({ where: { email: email.toLowerCase() } });
  if (existing) return { created: false };
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    email: email.toLowerCase(),
    firstname: 'Demo',
    lastname: 'Editor',
    password,
    isActive: true,
    registrationToken: null,
    roles: superAdmin ? [superAdmin.id] : [],
  });
  return { created: true };
};

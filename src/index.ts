import type { Core } from '@strapi/strapi';

export default {
  register() {},
  /** Runs after every plugin's bootstrap, so users-permissions' settings exist to be overridden. */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('newsroom').service('reader-registration').apply();
  },
};

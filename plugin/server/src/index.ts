import type { Core } from '@strapi/strapi';

import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import register from './register';
import routes from './routes';
import services from './services';

export default {
  register,
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('newsroom').service('findings').stop();
  },
  bootstrap,
  config,
  contentTypes,
  controllers,
  routes,
  services,
};

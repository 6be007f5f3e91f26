import type { Core } from '@strapi/strapi';

import { registerSlugMiddleware } from './utils/slug-middleware';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  registerSlugMiddleware(strapi);
};

export default register;

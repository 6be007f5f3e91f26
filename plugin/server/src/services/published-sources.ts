import type { Core } from '@strapi/strapi';

import { createPublishedSources } from '../delivery/published-sources';

const publishedSources = ({ strapi }: { strapi: Core.Strapi }) => createPublishedSources(strapi);

export default publishedSources;

import type { Context } from 'koa';
import { z } from 'zod';

import openApiDocument from '../delivery/openapi.json';
import { parseOrThrow } from '../delivery/public-query';

const noQuery = z.object({}).strict();

/** The OpenAPI 3.1 document of the newsroom REST routes, as kept in the repository. */
const openApiController = () => ({
  async find(ctx: Context) {
    parseOrThrow(noQuery, ctx.query);
    ctx.set('Cache-Control', 'public, no-cache');
    ctx.body = openApiDocument;
  },
});

export default openApiController;

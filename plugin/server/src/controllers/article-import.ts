import { readFile, unlink } from 'fs/promises';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import { ArticleTextError, checkArticleText } from '../../../shared/article/article-text';
import type { ArticleImportPreviewResponse, ArticleImportResponse } from '../../../shared/contracts/article-import';
import { toAdminActor } from '../editorial/admin-user';
import { articleTextFromFile } from '../editorial/article-import/article-file';
import { storyPermissions } from '../editorial/story-permissions';
import { getService } from '../services/get-service';

const PASTED = 'The pasted text';

/** The file formidable (Strapi's body parser) wrote for a multipart upload. */
interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
}

const asHttpError = (error: unknown): never => {
  if (!(error instanceof ArticleTextError)) throw error;
  if (error.reason === 'too-large') throw new errors.PayloadTooLargeError(error.message);
  throw new errors.ValidationError(error.message, { reason: error.reason });
};

const readUpload = async (upload: UploadedFile | UploadedFile[]): Promise<{ text: string; origin: string }> => {
  if (Array.isArray(upload)) throw new errors.ValidationError('Upload one file at a time.');
  const name = upload.originalFilename || 'the uploaded file';
  try {
    const bytes = await readFile(upload.filepath);
    return { text: await articleTextFromFile({ name, bytes }), origin: name };
  } finally {
    await unlink(upload.filepath).catch(() => undefined);
  }
};

/** The article an editor sent: an uploaded file (multipart, field `file`) or pasted text (`{ text }`). */
const readArticle = async (ctx: Context): Promise<{ text: string; origin: string }> => {
  const upload = (ctx.request as { files?: Record<string, UploadedFile | UploadedFile[]> }).files?.file;
  if (upload) return readUpload(upload);
  const text = (ctx.request.body as { text?: unknown } | undefined)?.text;
  if (typeof text !== 'string') {
    throw new errors.ValidationError('Send the article as pasted text ({ "text": "..." }) or as a file upload (field "file").');
  }
  return { text: checkArticleText(text, PASTED), origin: 'pasted text' };
};

const articleImportController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview(ctx: Context) {
    storyPermissions(strapi, ctx.state.userAbility).assertMayCreate();
    const { text, origin } = await readArticle(ctx).catch(asHttpError);
    const body: ArticleImportPreviewResponse = { data: await getService('article-import', { strapi }).preview(text, origin) };
    ctx.body = body;
  },

  async create(ctx: Context) {
    storyPermissions(strapi, ctx.state.userAbility).assertMayCreate();
    const actor = toAdminActor(ctx.state.user);
    const { draft } = (ctx.request.body ?? {}) as { draft?: unknown };
    const data = await getService('article-import', { strapi }).create(draft, { origin: 'The import', adminUserId: actor?.id });
    const body: ArticleImportResponse = { data };
    ctx.status = 201;
    ctx.body = body;
  },
});

export default articleImportController;

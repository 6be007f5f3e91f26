/**
 * The names the newsroom shares with Strapi: content-type UIDs, permission actions and the
 * document-service actions that write. The server, the admin panel and the scripts import them
 * from here; the types are derived from the values.
 */

export const PLUGIN_ID = 'newsroom';

export const UIDS = {
  story: 'plugin::newsroom.story',
  quote: 'plugin::newsroom.quote',
  source: 'plugin::newsroom.source',
  statistic: 'plugin::newsroom.statistic',
  photoCaption: 'plugin::newsroom.photo-caption',
  signOff: 'plugin::newsroom.sign-off',
  storyCheck: 'plugin::newsroom.story-check',
  publishOverride: 'plugin::newsroom.publish-override',
  deliveryState: 'plugin::newsroom.delivery-state',
} as const;

export type NewsroomUid = (typeof UIDS)[keyof typeof UIDS];

export const STORY_UID = UIDS.story;
export const QUOTE_UID = UIDS.quote;
export const SOURCE_UID = UIDS.source;
export const STATISTIC_UID = UIDS.statistic;
export const PHOTO_CAPTION_UID = UIDS.photoCaption;
export const SIGN_OFF_UID = UIDS.signOff;
export const STORY_CHECK_UID = UIDS.storyCheck;
export const PUBLISH_OVERRIDE_UID = UIDS.publishOverride;
export const DELIVERY_STATE_UID = UIDS.deliveryState;

/** What consumers receive is made of these: a write to any of them changes a served story. */
export const SERVED_UIDS: readonly NewsroomUid[] = [STORY_UID, QUOTE_UID, SOURCE_UID, STATISTIC_UID, PHOTO_CAPTION_UID];

/** The newsroom's admin RBAC actions, as the admin and the server both name them. */
export const NEWSROOM_ACTIONS = {
  readFindings: 'plugin::newsroom.findings.read',
  signOff: 'plugin::newsroom.sign-off',
  overridePublishGuard: 'plugin::newsroom.publish-guard.override',
  readAttributionsPage: 'plugin::newsroom.attributions.read',
  importArticle: 'plugin::newsroom.import',
} as const;

export type NewsroomAction = (typeof NEWSROOM_ACTIONS)[keyof typeof NEWSROOM_ACTIONS];

/** The content-API actions (users-permissions, API tokens) that read published stories. */
export const STORY_READ_ACTIONS = {
  list: 'plugin::newsroom.story.find',
  read: 'plugin::newsroom.story.findOne',
  readNinjs: 'plugin::newsroom.story-ninjs.findOne',
  readJsonLd: 'plugin::newsroom.story-jsonld.findOne',
} as const;

export type StoryReadAction = (typeof STORY_READ_ACTIONS)[keyof typeof STORY_READ_ACTIONS];

/** The content-API actions that read the sources of published stories. */
export const SOURCE_READ_ACTIONS = {
  list: 'plugin::newsroom.source.find',
  read: 'plugin::newsroom.source.findOne',
} as const;

export type SourceReadAction = (typeof SOURCE_READ_ACTIONS)[keyof typeof SOURCE_READ_ACTIONS];

/** What readers (the public and the authenticated role) may call: reading published stories, in every format, and their sources. */
export const READER_ACTIONS: readonly string[] = [...Object.values(STORY_READ_ACTIONS), ...Object.values(SOURCE_READ_ACTIONS)];

/** Document-service actions that write: after one of these, what was read before may be stale. */
export const DOCUMENT_WRITE_ACTIONS = ['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft'] as const;

export type DocumentWriteAction = (typeof DOCUMENT_WRITE_ACTIONS)[number];

export const isDocumentWrite = (action: string): action is DocumentWriteAction =>
  (DOCUMENT_WRITE_ACTIONS as readonly string[]).includes(action);

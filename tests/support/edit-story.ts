/**
 * Test helper, run as a script against a test database while a server is running:
 *   edit-story.ts quote-text OLD NEW      changes a quote's words (the story stays published)
 *   edit-story.ts unpublish SLUG          unpublishes a story
 *   edit-story.ts revoke-public-read [ACTION]  takes a permission from the public role (default: read one story)
 * Writes through Strapi's document service, as an editor's save would.
 */
import { withStrapi } from '../../scripts/lib/strapi';

const [action, ...args] = process.argv.slice(2);

withStrapi(async (strapi) => {
  if (action === 'quote-text') {
    const [oldText, newText] = args;
    const quote = await strapi.documents('plugin::newsroom.quote' as any).findFirst({ filters: { text: oldText } });
    if (!quote) throw new Error(`no quote "${oldText}"`);
    await strapi.documents('plugin::newsroom.quote' as any).update({ documentId: quote.documentId, data: { text: newText } as any });
    return;
  }
  if (action === 'unpublish') {
    const story = await strapi.documents('plugin::newsroom.story' as any).findFirst({ filters: { slug: args[0] } });
    if (!story) throw new Error(`no story "${args[0]}"`);
    await strapi.documents('plugin::newsroom.story' as any).unpublish({ documentId: story.documentId });
    return;
  }
  if (action === 'revoke-public-read') {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    await strapi.db
      .query('plugin::users-permissions.permission')
      .deleteMany({ where: { action: args[0] ?? 'plugin::newsroom.story.findOne', role: role.id } });
    return;
  }
  throw new Error(`unknown action ${action}`);
}).catch((error) => {
  console.error(error);
  process.exit(1);
});

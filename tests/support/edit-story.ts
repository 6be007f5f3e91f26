/**
 * Test helper, run as a script against a test database while a server is running:
 *   edit-story.ts quote-text OLD NEW   changes a quote's words (the story stays published)
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
  throw new Error(`unknown action ${action}`);
}).catch((error) => {
  console.error(error);
  process.exit(1);
});

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { blocksToText, locateQuote } from '../../../shared/attribution';
import type { RecordQuoteRequest, RecordQuoteResult } from '../../../shared/contracts/attributions';
import { QUOTE_UID, SOURCE_UID } from '../../../shared/constants';
import { getService } from '../services/get-service';
import { withStoryChecksDeferred } from './story-check-batch';

type Creator = { createdBy?: number; updatedBy?: number };

/**
 * The side panel's one-click fixes: record a quotation of the body as a Quote (with its speaker,
 * an existing Source of that name or a new one), and set a misquoted Quote's words to the body's.
 * Each writes through the document service (so checks and the delivery generation follow) and
 * only words that stand in the story's saved text are accepted.
 */
const recordsFromText = ({ strapi }: { strapi: Core.Strapi }) => {
  const bodyTextOf = async (storyDocumentId: string): Promise<string> => {
    const story = await getService('findings', { strapi }).loadDraft(storyDocumentId);
    if (!story) throw new errors.NotFoundError(`No story has the documentId "${storyDocumentId}".`);
    return blocksToText(story.body);
  };

  const assertInBody = (text: string, body: string) => {
    if (!locateQuote(text, body)) {
      throw new errors.ValidationError('text: these words are not in the story’s saved text; save the story first, or record words that are in it.');
    }
  };

  const findSourceNamed = (name: string) => strapi.documents(SOURCE_UID).findFirst({ filters: { name }, fields: ['name'] });

  return {
    /** Whether the speaker named in a request would be a new Source (no Source has that name). */
    async needsNewSource(request: RecordQuoteRequest): Promise<boolean> {
      return request.speaker !== null && 'name' in request.speaker && !(await findSourceNamed(request.speaker.name));
    },

    async recordQuote(storyDocumentId: string, request: RecordQuoteRequest, creator: Creator): Promise<RecordQuoteResult> {
      assertInBody(request.text, await bodyTextOf(storyDocumentId));
      return strapi.db.transaction(() =>
        withStoryChecksDeferred(strapi, async () => {
          let speaker: { documentId: string; name: string; created: boolean } | null = null;
          if (request.speaker && 'documentId' in request.speaker) {
            const found = await strapi.documents(SOURCE_UID).findOne({ documentId: request.speaker.documentId, fields: ['name'] });
            if (!found) throw new errors.ValidationError(`speaker.documentId: no source has the documentId "${request.speaker.documentId}".`);
            speaker = { documentId: found.documentId, name: found.name as string, created: false };
          } else if (request.speaker) {
            const existing = await findSourceNamed(request.speaker.name);
            const source =
              existing ??
              // `as never`: the creator fields are not in the generated data types; the Content Manager passes them the same way.
              (await strapi.documents(SOURCE_UID).create({ data: { name: request.speaker.name, kind: request.speaker.kind, ...creator } as never }));
            speaker = { documentId: source.documentId, name: source.name as string, created: !existing };
          }
          const quote = await strapi.documents(QUOTE_UID).create({
            data: {
              text: request.text,
              speaker: speaker?.documentId ?? null,
              delivery: request.delivery,
              isPartial: request.isPartial,
              story: storyDocumentId,
              ...creator,
            } as never,
          });
          return { quoteDocumentId: quote.documentId, speaker };
        })
      );
    },

    /** The story a quote belongs to (its draft), or null. */
    async storyOfQuote(quoteDocumentId: string): Promise<string | null> {
      const quote = await strapi.documents(QUOTE_UID).findOne({ documentId: quoteDocumentId, populate: { story: { fields: ['documentId'] } } });
      if (!quote) throw new errors.NotFoundError(`No quote has the documentId "${quoteDocumentId}".`);
      return (quote.story as { documentId: string } | null)?.documentId ?? null;
    },

    async useWordsFromText(quoteDocumentId: string, text: string, creator: Creator): Promise<void> {
      const storyDocumentId = await this.storyOfQuote(quoteDocumentId);
      if (!storyDocumentId) throw new errors.ValidationError('The quote belongs to no story: there is no text to take its words from.');
      assertInBody(text, await bodyTextOf(storyDocumentId));
      await strapi.documents(QUOTE_UID).update({ documentId: quoteDocumentId, data: { text, updatedBy: creator.updatedBy } as never });
    },
  };
};

export default recordsFromText;

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { blocksToText, figureStatedIn, locateQuote } from '../../../shared/attribution';
import type {
  LinkedSource,
  RecordQuoteRequest,
  RecordQuoteResult,
  RecordStatisticRequest,
  RecordStatisticResult,
  SourceRef,
} from '../../../shared/contracts/attributions';
import { QUOTE_UID, SOURCE_UID, STATISTIC_UID } from '../../../shared/constants';
import { getService } from '../services/get-service';
import { withStoryChecksDeferred } from './story-check-batch';

type Creator = { createdBy?: number; updatedBy?: number };

/**
 * The side panel's one-click fixes: record a quotation of the body as a Quote (with its speaker,
 * an existing Source of that name or a new one) or a figure as a Statistic (with its source, the
 * same way), and set a misquoted Quote's words to the body's. Each writes in one transaction
 * through the document service (so checks and the delivery generation follow), and only words
 * and figures that stand in the story's saved text are accepted.
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

  /** The Source a reference names: the one with that documentId, the one with that name, or a new one (inside the caller's transaction). */
  const linkSource = async (ref: SourceRef, field: string, creator: Creator): Promise<LinkedSource> => {
    if ('documentId' in ref) {
      const found = await strapi.documents(SOURCE_UID).findOne({ documentId: ref.documentId, fields: ['name'] });
      if (!found) throw new errors.ValidationError(`${field}.documentId: no source has the documentId "${ref.documentId}".`);
      return { documentId: found.documentId, name: found.name as string, created: false };
    }
    const existing = await findSourceNamed(ref.name);
    const source =
      existing ??
      // `as never`: the creator fields are not in the generated data types; the Content Manager passes them the same way.
      (await strapi.documents(SOURCE_UID).create({ data: { name: ref.name, kind: ref.kind, ...creator } as never }));
    return { documentId: source.documentId, name: source.name as string, created: !existing };
  };

  return {
    /** Whether a reference names a Source that does not exist yet (no Source has that name). */
    async needsNewSource(ref: SourceRef | null): Promise<boolean> {
      return ref !== null && 'name' in ref && !(await findSourceNamed(ref.name));
    },

    async recordQuote(storyDocumentId: string, request: RecordQuoteRequest, creator: Creator): Promise<RecordQuoteResult> {
      assertInBody(request.text, await bodyTextOf(storyDocumentId));
      return strapi.db.transaction(() =>
        withStoryChecksDeferred(strapi, async () => {
          const speaker = request.speaker ? await linkSource(request.speaker, 'speaker', creator) : null;
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

    async recordStatistic(storyDocumentId: string, request: RecordStatisticRequest, creator: Creator): Promise<RecordStatisticResult> {
      if (!figureStatedIn(request.valueText, await bodyTextOf(storyDocumentId))) {
        throw new errors.ValidationError('valueText: this figure is not in the story’s saved text; save the story first, or record a figure that is in it.');
      }
      return strapi.db.transaction(() =>
        withStoryChecksDeferred(strapi, async () => {
          const source = request.source ? await linkSource(request.source, 'source', creator) : null;
          const statistic = await strapi.documents(STATISTIC_UID).create({
            data: {
              valueText: request.valueText,
              value: request.value,
              unit: request.unit,
              measures: request.measures,
              qualifier: request.qualifier,
              source: source?.documentId ?? null,
              story: storyDocumentId,
              ...creator,
            } as never,
          });
          return { statisticDocumentId: statistic.documentId, source };
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

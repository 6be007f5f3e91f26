import { createHash } from 'crypto';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { Extraction, Finding } from '../../../shared/attribution';
import type { Story } from '../../../shared/contracts/story';
import { STORY_UID } from '../../../shared/constants';
import { STORY_POPULATE } from '../delivery/story-populate';
import { toPublicStory } from '../delivery/to-public-story';
import { CheckTimeoutError, ChecksBusyError, createCheckRunner, type CheckRunner } from './check-runner';
import { storyTextLength, tooLongMessage } from './story-text';

export interface CheckedStory {
  story: Story;
  findings: Finding[];
}

/** A story that could not be checked is an error-level finding: the guard blocks it, an override can still publish it. */
const uncheckable = (code: string, message: string): Finding => ({ code, severity: 'error', message, target: { type: 'body' } });

const REMEMBERED_CHECKS = 200;

/**
 * A story's working copy (the draft) in the contract shape, and what the engine finds in it. The
 * engine runs in a worker thread with a time limit (editorial/check-runner.ts), never on the
 * event loop that serves readers.
 */
const findings = ({ strapi }: { strapi: Core.Strapi }) => {
  let runner: CheckRunner | null = null;
  // Findings by the exact story they were computed for: asking again about an unchanged story
  // (the findings route, again and again) costs no second check.
  const remembered = new Map<string, Finding[]>();
  const checkRunner = () =>
    (runner ??= createCheckRunner({
      timeoutMs: strapi.config.get('plugin::newsroom.checkTimeoutMs') as number,
      maxQueued: 50,
    }));

  const loadDraft = async (documentId: string): Promise<Story | null> => {
    const row = await strapi
      .documents(STORY_UID)
      .findOne({ documentId, status: 'draft', populate: STORY_POPULATE });
    return row ? toPublicStory(row) : null;
  };

  const checkRemembered = async (story: Story): Promise<Finding[]> => {
    const key = createHash('sha1').update(JSON.stringify(story)).digest('base64');
    const known = remembered.get(key);
    if (known) return known;
    const found = await checkInWorker(story);
    remembered.set(key, found);
    if (remembered.size > REMEMBERED_CHECKS) remembered.delete(remembered.keys().next().value!);
    return found;
  };

  const checkInWorker = async (story: Story): Promise<Finding[]> => {
    const limit = strapi.config.get('plugin::newsroom.maxStoryTextChars') as number;
    const length = storyTextLength(story);
    if (length > limit) return [uncheckable('STORY_TOO_LONG_TO_CHECK', tooLongMessage(length, limit))];
    try {
      return await checkRunner().check(story);
    } catch (error) {
      if (error instanceof CheckTimeoutError) {
        return [uncheckable('CHECK_TIMED_OUT', `${error.message} The story could not be checked: its text is too long or too unusual.`)];
      }
      if (error instanceof ChecksBusyError) throw new errors.RateLimitError(error.message);
      throw error;
    }
  };

  return {
    loadDraft,

    async checkStory(documentId: string): Promise<CheckedStory | null> {
      const story = await loadDraft(documentId);
      return story ? { story, findings: await checkRemembered(story) } : null;
    },

    /**
     * The engine's reading of an article being imported, in the same worker and under the same
     * time limit as checks. Throws a 413 for text over `maxStoryTextChars`, a 400 for a text the
     * engine could not finish reading in time, a 429 when the worker is busy.
     */
    async extractArticle(text: string): Promise<Extraction> {
      const limit = strapi.config.get('plugin::newsroom.maxStoryTextChars') as number;
      if (text.length > limit) throw new errors.PayloadTooLargeError(tooLongMessage(text.length, limit));
      try {
        return await checkRunner().extract(text);
      } catch (error) {
        if (error instanceof CheckTimeoutError) {
          throw new errors.ApplicationError(`${error.message} The article could not be read: its text is too long or too unusual.`);
        }
        if (error instanceof ChecksBusyError) throw new errors.RateLimitError(error.message);
        throw error;
      }
    },

    async stop() {
      await runner?.stop();
    },
  };
};

export default findings;

import type { Core } from '@strapi/strapi';

import { check, type Finding } from '../../../shared/attribution';
import type { Story } from '../../../shared/contracts/story';
import { STORY_POPULATE } from '../delivery/story-populate';
import { toPublicStory } from '../delivery/to-public-story';
import { STORY_UID } from '../../../shared/constants';

export interface CheckedStory {
  story: Story;
  findings: Finding[];
}

/** A story's working copy (the draft) in the contract shape, and what the engine finds in it. */
const findings = ({ strapi }: { strapi: Core.Strapi }) => {
  const loadDraft = async (documentId: string): Promise<Story | null> => {
    const row = await strapi
      .documents(STORY_UID)
      .findOne({ documentId, status: 'draft', populate: STORY_POPULATE });
    return row ? toPublicStory(row) : null;
  };

  return {
    loadDraft,

    async checkStory(documentId: string): Promise<CheckedStory | null> {
      const story = await loadDraft(documentId);
      return story ? { story, findings: check(story) } : null;
    },
  };
};

export default findings;

import type { BlockNode, Story } from '../../../shared/contracts/story';

/** Fields of the story form that `check` reads; relations come from the server. */
const TEXT_FIELDS = ['headline', 'standfirst', 'byline', 'dateline', 'section'] as const;

const isBlocks = (value: unknown): value is BlockNode[] => Array.isArray(value);

/**
 * The story as the editor sees it now: the form's unsaved text over the saved draft's
 * quotes, figures, captions and sources (the form only holds relation changes, not records).
 */
export const liveStory = (saved: Story, formValues: Record<string, unknown> | undefined): Story => {
  if (!formValues) return saved;
  const live: Story = { ...saved };
  for (const field of TEXT_FIELDS) {
    const value = formValues[field];
    if (typeof value === 'string' || value === null) Object.assign(live, { [field]: field === 'headline' ? value ?? '' : value });
  }
  if (isBlocks(formValues.body)) live.body = formValues.body;
  return live;
};

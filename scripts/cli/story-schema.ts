import { storySchema, type Story } from '../../plugin/shared/contracts/story';

export type StoryParse = { ok: true; story: Story } | { ok: false; problems: string[] };

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), 'story');
}

/** Accepts a bare story or the REST envelope `{ data: story }`, validated by the story contract. */
export function parseStory(json: unknown): StoryParse {
  const candidate =
    json && typeof json === 'object' && !Array.isArray(json) && 'data' in json && !('body' in json)
      ? (json as { data: unknown }).data
      : json;
  const result = storySchema.safeParse(candidate);
  if (result.success) return { ok: true, story: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => `${pathOf(issue.path)}: ${issue.message}`) };
}

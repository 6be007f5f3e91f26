import { pendingStoryChecks, withStoryChecksDeferred } from '../../plugin/server/src/editorial/story-check-batch';

/** A Strapi with only what the batch calls: the story-checks service's refreshMany. */
const fakeStrapi = () => {
  const calls: string[][] = [];
  const strapi = {
    plugin: () => ({ service: () => ({ refreshMany: async (ids: Iterable<string>) => void calls.push([...ids]) }) }),
  } as any;
  return { strapi, calls };
};

describe('withStoryChecksDeferred', () => {
  it('collects the stories written during the batch and re-checks each once, at the end', async () => {
    const { strapi, calls } = fakeStrapi();
    const result = await withStoryChecksDeferred(strapi, async () => {
      for (const id of ['story-a', 'story-b', 'story-a', 'story-a']) {
        pendingStoryChecks()!.add(id);
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(calls).toEqual([]);
      return 'imported';
    });
    expect(result).toBe('imported');
    expect(calls).toEqual([['story-a', 'story-b']]);
  });

  it('lets a nested batch join the outer one', async () => {
    const { strapi, calls } = fakeStrapi();
    await withStoryChecksDeferred(strapi, async () => {
      pendingStoryChecks()!.add('outer');
      await withStoryChecksDeferred(strapi, async () => void pendingStoryChecks()!.add('inner'));
      expect(calls).toEqual([]);
    });
    expect(calls).toEqual([['outer', 'inner']]);
  });

  it('re-checks nothing when the work fails (its transaction rolls back)', async () => {
    const { strapi, calls } = fakeStrapi();
    await expect(
      withStoryChecksDeferred(strapi, async () => {
        pendingStoryChecks()!.add('story-a');
        throw new Error('database failed on write 7');
      })
    ).rejects.toThrow('write 7');
    expect(calls).toEqual([]);
  });

  it('has no pending set outside a batch, so writes there are re-checked at once', () => {
    expect(pendingStoryChecks()).toBeUndefined();
  });
});

import type { BlockNode, Story } from '../../../plugin/shared/contracts/story';
import { story } from '../../attribution/helpers';
import { seededArticleStory } from '../../support/story-from-fixture';

/** Test stories derived from the seeded article. */
export const BASE_URL = 'https://news.example.com/';

export const article = (): Story => seededArticleStory();

export const SCRIPT_QUOTE = `<script>alert("pwned")</script> & more`;

/** The seeded article plus a paragraph quoting an injection attempt, and the matching Quote. */
export const articleWithScriptQuote = (): Story => {
  const story = article();
  const speaker = story.quotes.find((quote) => quote.speaker?.name === 'Óscar Chacón')?.speaker ?? null;
  const paragraph: BlockNode = {
    type: 'paragraph',
    children: [{ type: 'text', text: `"${SCRIPT_QUOTE}," a commenter wrote.` }],
  };
  return {
    ...story,
    body: [...(story.body as BlockNode[]), paragraph],
    quotes: [
      ...story.quotes,
      { documentId: 'quote-script', text: SCRIPT_QUOTE, delivery: 'written', deliveryNote: null, isPartial: false, speaker },
    ],
  };
};

/** The seeded article whose photo has an uploaded file and a copyright notice. */
export const articleWithImageFile = (): Story => {
  const story = article();
  const [photo] = story.photoCaptions;
  if (!photo) throw new Error('the seeded article has no photo');
  return {
    ...story,
    photoCaptions: [
      {
        ...photo,
        copyrightNotice: '© 2019 Getty Images',
        image: { url: '/uploads/ice_protest.jpg', width: 1200, height: 800, mime: 'image/jpeg' },
      },
    ],
  };
};

/** Only what the contract requires: every optional field null or empty. */
export const bareStory = (): Story =>
  story('One paragraph.\n\nTwo paragraphs.', { documentId: 'bare1', slug: 'bare', headline: 'Bare' });

/** Every `null` or `undefined` in a value, as JSON paths. */
export const nullishPaths = (value: unknown, at = '$'): string[] => {
  if (value === null || value === undefined) return [at];
  if (Array.isArray(value)) return value.flatMap((item, index) => nullishPaths(item, `${at}[${index}]`));
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => nullishPaths(child, `${at}.${key}`));
  }
  return [];
};

import { toJsonLd } from '../formats/jsonld';
import { createStoryFormatController } from './story-format';

/** One published story as a schema.org NewsArticle in JSON-LD. */
export default createStoryFormatController('application/ld+json; charset=utf-8', toJsonLd);

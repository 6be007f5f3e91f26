import { validateBoolean, validatePositiveInteger } from './checks';
import { DEFAULT_GRAPHQL_LIMITS, validateGraphqlLimits } from './graphql-limits';
import { validatePublishGuard } from './publish-guard';
import { validateResponseCacheBytes } from './response-caches';
import { validateStoryCacheSize } from './story-cache';

export default {
  default: {
    publishGuard: 'block',
    storyCacheSize: 1000,
    responseCacheBytes: 32 * 1024 * 1024,
    graphqlLimits: DEFAULT_GRAPHQL_LIMITS,
    checkTimeoutMs: 10_000,
    maxStoryTextChars: 200_000,
    allowReaderRegistration: false,
  },
  validator(config: Record<string, unknown>) {
    validatePublishGuard(config.publishGuard);
    validateStoryCacheSize(config.storyCacheSize);
    validateResponseCacheBytes(config.responseCacheBytes);
    validateGraphqlLimits(config.graphqlLimits);
    validatePositiveInteger('checkTimeoutMs', 'milliseconds', config.checkTimeoutMs);
    validatePositiveInteger('maxStoryTextChars', 'characters', config.maxStoryTextChars);
    validateBoolean('allowReaderRegistration', config.allowReaderRegistration);
  },
};

import { AsyncLocalStorage } from 'async_hooks';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { Finding } from '../../../shared/attribution';
import type { PublishGuardMode } from '../../../shared/contracts/attributions';
import type { AdminActor } from './admin-user';
import { PLUGIN_ID, PUBLISH_OVERRIDE_UID, STORY_UID } from '../../../shared/constants';
import { getService } from '../services/get-service';

/** The story whose publish call, in this async context only, skips the guard. */
const overriding = new AsyncLocalStorage<{ storyDocumentId: string }>();

const errorsOf = (findings: Finding[]) => findings.filter((finding) => finding.severity === 'error');

const refusal = (findings: Finding[]) => {
  const list = findings.map((finding, index) => `${index + 1}. ${finding.message}`).join(' ');
  const count = findings.length === 1 ? '1 attribution error' : `${findings.length} attribution errors`;
  return `This story cannot be published: it has ${count}. ${list}`;
};

const summary = (finding: Finding) => ({ code: finding.code, message: finding.message, target: finding.target });

/**
 * Stops a story with error-level findings from being published, whoever publishes it
 * (the admin, the admin API, a script): it runs as a document service middleware.
 */
const publishGuard = ({ strapi }: { strapi: Core.Strapi }) => {
  const mode = (): PublishGuardMode => strapi.plugin(PLUGIN_ID).config('publishGuard') as PublishGuardMode;
  const errorFindings = async (storyDocumentId: string): Promise<{ headline: string; errors: Finding[] } | null> => {
    const checked = await getService('findings', { strapi }).checkStory(storyDocumentId);
    return checked ? { headline: checked.story.headline, errors: errorsOf(checked.findings) } : null;
  };

  return {
    mode,

    /** Called before every publish of a story. Throws a ValidationError when the guard blocks. */
    async beforePublish(storyDocumentId: string): Promise<void> {
      const current = mode();
      if (current === 'off' || overriding.getStore()?.storyDocumentId === storyDocumentId) return;
      const checked = await errorFindings(storyDocumentId);
      if (!checked || checked.errors.length === 0) return;
      if (current === 'warn') {
        strapi.log.warn(`[newsroom] Publishing "${checked.headline}" with attribution errors: ${refusal(checked.errors)}`);
        return;
      }
      throw new errors.ValidationError(refusal(checked.errors), { findings: checked.errors.map(summary) });
    },

    /** Publishes despite errors, recording who did it, why, and the errors they overrode. */
    async publishWithOverride(storyDocumentId: string, reason: string, actor: AdminActor) {
      const checked = await errorFindings(storyDocumentId);
      if (!checked) throw new errors.NotFoundError(`No story has the documentId "${storyDocumentId}".`);
      return strapi.db.transaction(async () => {
        if (checked.errors.length > 0) {
          await strapi.db.query(PUBLISH_OVERRIDE_UID).create({
            data: {
              storyDocumentId,
              headline: checked.headline,
              reason,
              findings: checked.errors.map(summary),
              userId: actor.id,
              userName: actor.name,
            },
          });
        }
        await overriding.run({ storyDocumentId }, () =>
          strapi.documents(STORY_UID).publish({ documentId: storyDocumentId })
        );
        return { overriddenErrors: checked.errors.length };
      });
    },
  };
};

export default publishGuard;

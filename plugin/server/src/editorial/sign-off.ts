import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { SignOff, SignOffRequest, SignOffTargetType } from '../../../shared/contracts/attributions';
import type { Story } from '../../../shared/contracts/story';
import type { AdminActor } from './admin-user';
import { signOffFingerprint, type SignOffSubject } from './sign-off-fingerprint';
import { QUOTE_UID, SIGN_OFF_UID, STATISTIC_UID, type NewsroomUid } from '../../../shared/constants';

// `any`: Strapi's query engine returns untyped rows without generated types.
type Row = Record<string, any>;

const TARGETS: Record<SignOffTargetType, { uid: NewsroomUid; sourceField: string; contentField: string }> = {
  quote: { uid: QUOTE_UID, sourceField: 'speaker', contentField: 'text' },
  statistic: { uid: STATISTIC_UID, sourceField: 'source', contentField: 'value' },
};

const toSignOff = (row: Row): SignOff => ({
  targetType: row.targetType,
  targetDocumentId: row.targetDocumentId,
  verdict: row.verdict,
  note: row.note ?? null,
  signedBy: { id: row.signedById, name: row.signedByName },
  signedAt: new Date(row.signedAt).toISOString(),
});

/** The sign-off subjects of a story's current quotes and statistics, by documentId. */
const subjectsOfStory = (story: Story): Map<string, SignOffSubject> => {
  const subjects = new Map<string, SignOffSubject>();
  for (const quote of story.quotes) {
    subjects.set(quote.documentId, {
      targetType: 'quote',
      content: quote.text,
      sourceDocumentId: quote.speaker?.documentId,
    });
  }
  for (const statistic of story.statistics) {
    subjects.set(statistic.documentId, {
      targetType: 'statistic',
      content: statistic.value,
      sourceDocumentId: statistic.source?.documentId,
    });
  }
  return subjects;
};

const signOff = ({ strapi }: { strapi: Core.Strapi }) => {
  const signOffs = () => strapi.db.query(SIGN_OFF_UID);

  const loadSubject = async (targetType: SignOffTargetType, documentId: string) => {
    const target = TARGETS[targetType];
    const row = await strapi.db.query(target.uid).findOne({
      where: { documentId },
      populate: { [target.sourceField]: { select: ['documentId'] }, story: { select: ['documentId'] } },
    });
    if (!row) return null;
    const subject: SignOffSubject = {
      targetType,
      content: row[target.contentField],
      sourceDocumentId: row[target.sourceField]?.documentId,
    };
    return { subject, storyDocumentId: (row.story?.documentId as string | undefined) ?? null };
  };

  return {
    /** The documentId of the story a quote or statistic belongs to (null: none, or no such record). */
    async storyOf(targetType: SignOffTargetType, documentId: string): Promise<string | null> {
      return (await loadSubject(targetType, documentId))?.storyDocumentId ?? null;
    },

    /** Sign-offs that still vouch for the story's quotes and statistics as they are now. */
    async listValid(story: Story): Promise<SignOff[]> {
      const subjects = subjectsOfStory(story);
      if (subjects.size === 0) return [];
      const rows: Row[] = await signOffs().findMany({
        where: { targetDocumentId: { $in: [...subjects.keys()] } },
      });
      return rows
        .filter((row) => {
          const subject = subjects.get(row.targetDocumentId);
          return subject !== undefined && subject.targetType === row.targetType && signOffFingerprint(subject) === row.fingerprint;
        })
        .map(toSignOff);
    },

    /** Records (or replaces) the actor's verdict on a quote or statistic; returns it and the story it belongs to. */
    async record(request: SignOffRequest, actor: AdminActor) {
      const found = await loadSubject(request.targetType, request.targetDocumentId);
      if (!found) throw new errors.NotFoundError(`No ${request.targetType} has the documentId "${request.targetDocumentId}".`);
      const where = { targetType: request.targetType, targetDocumentId: request.targetDocumentId };
      const data = {
        ...where,
        verdict: request.verdict,
        note: request.note?.trim() || null,
        fingerprint: signOffFingerprint(found.subject),
        signedById: actor.id,
        signedByName: actor.name,
        signedAt: new Date(),
      };
      const row = await strapi.db.transaction(async () => {
        await signOffs().deleteMany({ where });
        return signOffs().create({ data });
      });
      return { signOff: toSignOff(row), storyDocumentId: found.storyDocumentId };
    },

    /** Deletes sign-offs whose quote or statistic changed (words, speaker, value, source) or is gone. */
    async clearStale(targetType: SignOffTargetType, documentId: string): Promise<number> {
      const rows: Row[] = await signOffs().findMany({ where: { targetType, targetDocumentId: documentId } });
      if (rows.length === 0) return 0;
      const found = await loadSubject(targetType, documentId);
      const current = found ? signOffFingerprint(found.subject) : null;
      const stale = rows.filter((row) => row.fingerprint !== current).map((row) => row.id);
      if (stale.length > 0) await signOffs().deleteMany({ where: { id: { $in: stale } } });
      return stale.length;
    },
  };
};

export default signOff;

import type { FindingTargetType } from '../../../shared/attribution/types';
import { UIDS } from '../../../shared/constants';

const RECORD_UIDS: Partial<Record<FindingTargetType, string>> = {
  quote: UIDS.quote,
  statistic: UIDS.statistic,
  photoCaption: UIDS.photoCaption,
  source: UIDS.source,
};

/** The Content Manager edit view of a record, as a path inside the admin (router-relative). */
export const recordEditPath = (type: FindingTargetType, documentId: string | undefined): string | null => {
  const uid = RECORD_UIDS[type];
  return uid && documentId ? `/content-manager/collection-types/${uid}/${documentId}` : null;
};

export const storyEditPath = (documentId: string) =>
  `/content-manager/collection-types/plugin::newsroom.story/${documentId}`;

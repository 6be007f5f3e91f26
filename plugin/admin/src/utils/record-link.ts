import type { FindingTargetType } from '../../../shared/attribution/types';

const RECORD_UIDS: Partial<Record<FindingTargetType, string>> = {
  quote: 'plugin::newsroom.quote',
  statistic: 'plugin::newsroom.statistic',
  photoCaption: 'plugin::newsroom.photo-caption',
  source: 'plugin::newsroom.source',
};

/** The Content Manager edit view of a record, as a path inside the admin (router-relative). */
export const recordEditPath = (type: FindingTargetType, documentId: string | undefined): string | null => {
  const uid = RECORD_UIDS[type];
  return uid && documentId ? `/content-manager/collection-types/${uid}/${documentId}` : null;
};

export const storyEditPath = (documentId: string) =>
  `/content-manager/collection-types/plugin::newsroom.story/${documentId}`;

import { Link } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';

import type { FindingTargetType } from '../../../../shared/attribution/types';
import { recordEditPath } from '../../utils/record-link';
import { useTranslate, type MessageKey } from '../../utils/translations';

const LABELS: Partial<Record<FindingTargetType, MessageKey>> = {
  quote: 'newsroom.record.open.quote',
  statistic: 'newsroom.record.open.statistic',
  photoCaption: 'newsroom.record.open.caption',
  source: 'newsroom.record.open.source',
};

export const RecordLink = ({ type, documentId }: { type: FindingTargetType; documentId?: string }) => {
  const t = useTranslate();
  const path = recordEditPath(type, documentId);
  const label = LABELS[type];
  if (!path || !label) return null;
  return (
    <Link tag={NavLink} to={path}>
      {t(label)}
    </Link>
  );
};

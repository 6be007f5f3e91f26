import * as React from 'react';

import { Field, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';

import type { SourceRef } from '../../../../shared/contracts/attributions';
import { SOURCE_KINDS, type SourceKind, type SourceSummary } from '../../../../shared/contracts/story';
import { useGetSourcesNamedQuery } from '../../services/api';
import { sourceNamed } from '../../utils/speaker-options';
import { useTranslate } from '../../utils/translations';

const NEW = 'new';
const NONE = 'none';

/**
 * The story's known sources, with the newsroom's source of the engine's name first when the story
 * does not know it yet; `isLoading` until the newsroom has answered.
 */
export const useSourcesWithNewsroomMatch = (engineName: string | null, sources: SourceSummary[]) => {
  const { data, isLoading } = useGetSourcesNamedQuery(engineName ?? '', { skip: !engineName });
  const newsroomMatch = data?.[0];
  const withMatch = newsroomMatch && !sources.some((source) => source.documentId === newsroomMatch.documentId) ? [newsroomMatch, ...sources] : sources;
  return { isLoading, sources: withMatch };
};

/**
 * Who a new record is attributed to: preselected as the engine read it (a known source of that
 * name, else a new source of that name), or none. `ref` is undefined while a new source has no name.
 */
export const useSourcePick = (sources: SourceSummary[], engineName: string | null, newKind: SourceKind) => {
  const known = sourceNamed(sources, engineName);
  const [choice, setChoice] = React.useState<string>(known ? known.documentId : engineName ? NEW : NONE);
  const [name, setName] = React.useState(known ? '' : (engineName ?? ''));
  const [kind, setKind] = React.useState<SourceKind>(newKind);
  const ref: SourceRef | null | undefined =
    choice === NONE ? null : choice === NEW ? (name.trim() ? { name: name.trim(), kind } : undefined) : { documentId: choice };
  return { choice, setChoice, name, setName, kind, setKind, ref };
};

interface SourcePickerProps {
  /** "Speaker", "Source": the field's label. */
  label: string;
  /** What choosing no source means here: "No speaker (record it unattributed)". */
  noneLabel: string;
  sources: SourceSummary[];
  pick: ReturnType<typeof useSourcePick>;
}

export const SourcePicker = ({ label, noneLabel, sources, pick }: SourcePickerProps) => {
  const t = useTranslate();
  return (
    <>
      <Field.Root name="source">
        <Field.Label>{label}</Field.Label>
        <SingleSelect value={pick.choice} onChange={(value: string | number) => pick.setChoice(String(value))}>
          {sources.map((source) => (
            <SingleSelectOption key={source.documentId} value={source.documentId}>
              {source.title ? `${source.name}, ${source.title}` : source.name}
            </SingleSelectOption>
          ))}
          <SingleSelectOption value={NEW}>{t('newsroom.import.newSource')}</SingleSelectOption>
          <SingleSelectOption value={NONE}>{noneLabel}</SingleSelectOption>
        </SingleSelect>
      </Field.Root>
      {pick.choice === NEW && (
        <>
          <Field.Root name="new-source" hint={t('newsroom.fix.newSourceHint')} required>
            <Field.Label>{t('newsroom.import.newSourceName')}</Field.Label>
            <TextInput value={pick.name} onChange={(e: React.ChangeEvent<HTMLInputElement>) => pick.setName(e.target.value)} />
            <Field.Hint />
          </Field.Root>
          <Field.Root name="new-source-kind">
            <Field.Label>{t('newsroom.fix.sourceKind')}</Field.Label>
            <SingleSelect value={pick.kind} onChange={(value: string | number) => pick.setKind(String(value) as SourceKind)}>
              {SOURCE_KINDS.map((kind) => (
                <SingleSelectOption key={kind} value={kind}>
                  {t(`newsroom.sourceKind.${kind}`)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </>
      )}
    </>
  );
};

import * as React from 'react';

import { Button, Field, Flex, Modal, NumberInput, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';

import type { RecordStatisticRequest } from '../../../../shared/contracts/attributions';
import { STATISTIC_QUALIFIERS, type SourceSummary, type StatisticQualifier } from '../../../../shared/contracts/story';
import { useNotifiedSubmit } from '../../hooks/useNotifiedSubmit';
import { useRecordStatisticMutation } from '../../services/api';
import { useTranslate } from '../../utils/translations';
import { SourcePicker, useSourcePick, useSourcesWithNewsroomMatch } from './SourcePicker';

/** What the engine read of a figure in the body: what a Statistic record needs. */
export interface FigureReading {
  valueText: string;
  /** The figure with the words the engine read around it: "680 workers in six plants". */
  passage: string;
  value: number;
  unit: string | null;
  measures: string;
  qualifier: StatisticQualifier;
  /** Whose figure the body says it is ("according to …"), or null. */
  source: string | null;
}

interface RecordFigureDialogProps {
  storyDocumentId: string;
  figure: FigureReading;
  sources: SourceSummary[];
  onRecorded(): void;
}

/** "Record this figure": a Statistic record for a figure of the body, checked and completed by the editor before anything is written. */
export const RecordFigureDialog = (props: RecordFigureDialogProps) => {
  const t = useTranslate();
  const [open, setOpen] = React.useState(false);
  return (
    <Modal.Root open={open} onOpenChange={setOpen}>
      <Modal.Trigger>
        <Button variant="secondary" fullWidth>
          {t('newsroom.fix.figure')}
        </Button>
      </Modal.Trigger>
      <Modal.Content>{open && <RecordFigureForm {...props} onClose={() => setOpen(false)} />}</Modal.Content>
    </Modal.Root>
  );
};

/** Asks the newsroom for a source named as the engine read the figure's source, then shows the form. */
const RecordFigureForm = (props: RecordFigureDialogProps & { onClose(): void }) => {
  const { isLoading, sources } = useSourcesWithNewsroomMatch(props.figure.source, props.sources);
  if (isLoading) return null;
  return <RecordFigureFields {...props} sources={sources} />;
};

const RecordFigureFields = ({ storyDocumentId, figure, sources, onRecorded, onClose }: RecordFigureDialogProps & { onClose(): void }) => {
  const t = useTranslate();
  const [recordStatistic] = useRecordStatisticMutation();
  const { pending, submit } = useNotifiedSubmit({
    success: t('newsroom.fix.figureSaved'),
    failure: (message) => t('newsroom.fix.failed', { message }),
  });
  const [measures, setMeasures] = React.useState(figure.measures);
  const [value, setValue] = React.useState<number | undefined>(figure.value);
  const [qualifier, setQualifier] = React.useState<StatisticQualifier>(figure.qualifier);
  const pick = useSourcePick(sources, figure.source, 'organization');

  const request: RecordStatisticRequest | null =
    pick.ref !== undefined && value !== undefined && measures.trim()
      ? { valueText: figure.valueText, value, unit: figure.unit, measures: measures.trim(), qualifier, source: pick.ref }
      : null;

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!request) return;
    const saved = await submit(() => recordStatistic({ storyDocumentId, ...request }).unwrap());
    if (!saved) return;
    onClose();
    onRecorded();
  };

  return (
    <form onSubmit={save}>
      <Modal.Header>
        <Modal.Title>{t('newsroom.fix.figureTitle')}</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={5}>
          <Flex direction="column" alignItems="stretch" gap={1}>
            <Typography variant="sigma" textColor="neutral600">
              {t('newsroom.fix.figureAsWritten')}
            </Typography>
            <Typography variant="beta" textColor="neutral800" data-testid="figure-as-written">
              {figure.valueText}
            </Typography>
            <Typography tag="blockquote" variant="omega" textColor="neutral700">
              “{figure.passage}”
            </Typography>
          </Flex>
          <Typography variant="pi" textColor="neutral600">
            {figure.source ? t('newsroom.fix.engineFigureSource', { name: figure.source }) : t('newsroom.fix.noEngineFigureSource')}
          </Typography>
          <Field.Root name="measures" hint={t('newsroom.fix.figureMeasuresHint')} required>
            <Field.Label>{t('newsroom.fix.figureMeasures')}</Field.Label>
            <TextInput value={measures} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setMeasures(e.target.value)} />
            <Field.Hint />
          </Field.Root>
          <Flex gap={4} alignItems="flex-start">
            <Field.Root name="value" hint={t('newsroom.fix.figureValueHint')} required>
              <Field.Label>{t('newsroom.fix.figureValue')}</Field.Label>
              <NumberInput value={value} onValueChange={setValue} />
              <Field.Hint />
            </Field.Root>
            <Field.Root name="qualifier">
              <Field.Label>{t('newsroom.fix.figureQualifier')}</Field.Label>
              <SingleSelect value={qualifier} onChange={(next: string | number) => setQualifier(String(next) as StatisticQualifier)}>
                {STATISTIC_QUALIFIERS.map((option) => (
                  <SingleSelectOption key={option} value={option}>
                    {t(`newsroom.qualifier.${option}`)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Flex>
          <SourcePicker label={t('newsroom.fix.figureSource')} noneLabel={t('newsroom.fix.noFigureSource')} sources={sources} pick={pick} />
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Modal.Close>
          <Button variant="tertiary">{t('newsroom.signOff.cancel')}</Button>
        </Modal.Close>
        <Button type="submit" loading={pending} disabled={!request}>
          {t('newsroom.fix.figureSave')}
        </Button>
      </Modal.Footer>
    </form>
  );
};

import * as React from 'react';

import { Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';

import type { ImportSource } from '../../../../shared/contracts/article-import';
import { useTranslate } from '../../utils/translations';

const NONE = '__none__';
const NEW = '__new__';

interface SourceChoiceProps {
  label: string;
  sources: ImportSource[];
  value: string | null;
  onChange(key: string | null): void;
  /** Adds a source by that name and chooses it, in one change of the draft. */
  onAddAndChoose(name: string): void;
}

/** Who said a quote (or gave a figure): one of the draft's sources, none, or a new one typed in. */
export const SourceChoice = ({ label, sources, value, onChange, onAddAndChoose }: SourceChoiceProps) => {
  const t = useTranslate();
  const [adding, setAdding] = React.useState(false);
  const [name, setName] = React.useState('');

  const choose = (choice: string | number) => {
    if (choice === NEW) {
      setAdding(true);
      return;
    }
    setAdding(false);
    onChange(choice === NONE ? null : String(choice));
  };

  const add = () => {
    if (!name.trim()) return;
    onAddAndChoose(name);
    setName('');
    setAdding(false);
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <SingleSelect aria-label={label} value={adding ? NEW : (value ?? NONE)} onChange={choose} size="S">
        <SingleSelectOption value={NONE}>{t('newsroom.import.noSource')}</SingleSelectOption>
        {sources.map((source) => (
          <SingleSelectOption key={source.key} value={source.key}>
            {source.name || t('newsroom.import.unnamedSource')}
          </SingleSelectOption>
        ))}
        <SingleSelectOption value={NEW}>{t('newsroom.import.newSource')}</SingleSelectOption>
      </SingleSelect>
      {adding && (
        <Flex gap={2} alignItems="flex-end">
          <Field.Root name="new-source">
            <Field.Label>{t('newsroom.import.newSourceName')}</Field.Label>
            <TextInput
              value={name}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) => setName(e.target.value)}
              onKeyDown={(e: React.KeyboardEvent) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
          </Field.Root>
          <Button variant="secondary" onClick={add} disabled={!name.trim()}>
            {t('newsroom.import.addSource')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
};

import * as React from 'react';

import { Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';

import { useTranslate } from '../../utils/translations';
import { ImportError } from './ImportError';

export type ArticleInput = { text: string } | { file: File };

interface ArticleInputFormProps {
  reading: boolean;
  error: string | null;
  onRead(input: ArticleInput): void;
  onCancel(): void;
}

/** The first step of an import: paste the article, or choose a .txt, .md or .docx file. */
export const ArticleInputForm = ({ reading, error, onRead, onCancel }: ArticleInputFormProps) => {
  const t = useTranslate();
  const [text, setText] = React.useState('');
  const [file, setFile] = React.useState<File | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (file) onRead({ file });
    else if (text.trim()) onRead({ text });
  };

  return (
    <form onSubmit={submit} aria-label={t('newsroom.import.title')}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Field.Root name="article-text" hint={t('newsroom.import.pasteHint')}>
          <Field.Label>{t('newsroom.import.paste')}</Field.Label>
          <Textarea
            value={text}
            disabled={file !== null}
            onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setText(e.target.value)}
            style={{ minHeight: '16rem' }}
          />
          <Field.Hint />
        </Field.Root>
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Typography variant="pi" fontWeight="bold" tag="label" htmlFor="newsroom-import-file">
            {t('newsroom.import.file')}
          </Typography>
          <input
            id="newsroom-import-file"
            type="file"
            accept=".txt,.md,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <Typography variant="pi" textColor="neutral600">
            {t('newsroom.import.fileHint')}
          </Typography>
        </Flex>
        {error && <ImportError message={error} />}
        <Flex gap={2}>
          <Button type="submit" loading={reading} disabled={!file && !text.trim()}>
            {t('newsroom.import.read')}
          </Button>
          <Button variant="tertiary" onClick={onCancel}>
            {t('newsroom.import.cancel')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
};

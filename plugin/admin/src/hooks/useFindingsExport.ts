import * as React from 'react';

import { getFetchClient, useNotification } from '@strapi/strapi/admin';

import { apiErrorMessage } from '../utils/api-error';
import { useTranslate } from '../utils/translations';

const FILENAME = /filename="([^"]+)"/;

/** Hands a downloaded file to the browser as if the editor had followed a link to it. */
const saveFile = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
};

const serverMessage = (body: string, status: number): string => {
  try {
    return JSON.parse(body).error.message;
  } catch {
    return `HTTP ${status}`;
  }
};

/** Downloads the findings of every story the filters match, as CSV (the admin's session authenticates it). */
export const useFindingsExport = (filters: Record<string, string | undefined>) => {
  const t = useTranslate();
  const { toggleNotification } = useNotification();
  const [exporting, setExporting] = React.useState(false);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const params = Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
      // Every status comes back, so that a refusal shows the server's own message.
      const response = await getFetchClient().get<Blob>('/newsroom/story-checks/findings.csv', {
        params,
        responseType: 'blob',
        validateStatus: () => true,
      });
      const status = response.status ?? 0;
      if (status >= 400) throw new Error(serverMessage(await response.data.text(), status));
      const disposition = (response.headers as Headers | undefined)?.get?.('content-disposition') ?? '';
      saveFile(response.data, FILENAME.exec(disposition)?.[1] ?? 'attribution-findings.csv');
    } catch (error) {
      toggleNotification({ type: 'danger', message: t('newsroom.page.exportFailed', { message: apiErrorMessage(error) }) });
    } finally {
      setExporting(false);
    }
  };

  return { exporting, exportCsv };
};

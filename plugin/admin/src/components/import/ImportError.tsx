import { Box, Typography } from '@strapi/design-system';

import { useTranslate } from '../../utils/translations';

/** Why the import stopped, as the server said it, and that nothing was written. */
export const ImportError = ({ message }: { message: string }) => {
  const t = useTranslate();
  return (
    <Box role="alert" background="danger100" padding={4} hasRadius>
      <Typography textColor="danger700">{message}</Typography>
      <Typography variant="pi" tag="p" textColor="danger700">
        {t('newsroom.import.nothingWritten')}
      </Typography>
    </Box>
  );
};

/**
 * The message of a failed admin API call, as the server wrote it: RTK Query's error (the server's
 * `error` object) or a fetch client's error (its `response.data.error`).
 */
export const apiErrorMessage = (error: unknown): string => {
  const response = (error as { response?: { data?: { error?: { message?: string } } } } | undefined)?.response;
  const message = response?.data?.error?.message ?? (error as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : String(error);
};

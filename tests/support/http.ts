export interface HttpResponse {
  status: number;
  text: string;
  /** The body parsed as JSON, or null when it is empty or not JSON. */
  body: any;
}

export interface HttpOptions {
  method?: string;
  /** Sent as `Authorization: Bearer …` (an admin JWT or an API token). */
  token?: string;
  body?: unknown;
}

/** One HTTP call with an optional bearer token and JSON body; never throws on a status. */
export const httpCall = async (url: string, { method = 'GET', token, body }: HttpOptions = {}): Promise<HttpResponse> => {
  const response = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: any;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { status: response.status, text, body: parsed };
};

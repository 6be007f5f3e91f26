/**
 * The load test's abusive client: what the outside review threw at the server (issue #15), in a
 * loop beside the readers and the editor. Alias storms over GraphQL (a fresh query each time, on
 * the fast path and, with an Origin, through Apollo; 100 aliases, under the token limit and over
 * the alias limit), a 62 kB storm of 1,500 aliases, and the
 * findings route asked again and again about a story whose 100 kB body is hostile engine input.
 * Its answers are counted by status; refusals (400, 429) are what it should get.
 */
import type { Http } from './load-clients';

const HOSTILE_BODY = [{ type: 'paragraph', children: [{ type: 'text', text: '"a '.repeat(34_000) }] }];

export interface AbuseStats {
  requests: number;
  byStatus: Record<string, number>;
}

const aliasStorm = (count: number, salt: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${salt}_${i}: publishedStories(pageSize: 100) { data { slug } }`).join(' ')} }`;

/** Creates the hostile story the abuser keeps asking findings for (its save already runs the check). */
export const createHostileStory = async (http: Http, token: string): Promise<string> => {
  const created = await http.request('POST', '/content-manager/collection-types/plugin::newsroom.story', {
    token,
    body: { headline: 'Hostile engine input', slug: 'load-test-hostile', body: HOSTILE_BODY },
  });
  if (created.status >= 300) throw new Error(`create hostile story: ${created.status} ${created.body.slice(0, 300)}`);
  return JSON.parse(created.body).data.documentId;
};

export const abuser = async (http: Http, token: string, hostileId: string, until: number): Promise<AbuseStats> => {
  const stats: AbuseStats = { requests: 0, byStatus: {} };
  const count = (what: string, status: number) => {
    stats.requests += 1;
    stats.byStatus[`${what} ${status}`] = (stats.byStatus[`${what} ${status}`] ?? 0) + 1;
  };
  for (let n = 0; Date.now() < until; n += 1) {
    const step = n % 4;
    try {
      if (step === 3) {
        const reply = await http.request('GET', `/newsroom/stories/${hostileId}/findings`, { token });
        count('findings', reply.status);
      } else {
        const viaApollo: Record<string, string> = step === 1 ? { origin: 'http://localhost:1337' } : {};
        const query = step === 2 ? aliasStorm(1500, n) : aliasStorm(100, n);
        const reply = await http.request('POST', '/graphql', { body: { query }, headers: viaApollo });
        count(step === 2 ? 'storm of 1500' : step === 1 ? 'storm via Apollo' : 'storm', reply.status);
      }
    } catch (error) {
      count(`failed (${(error as Error).message})`, 0);
    }
  }
  return stats;
};

import type { TestDatabase } from './database';

/** documentIds are letters and digits: anything else is dropped before it reaches the SQL. */
const safeId = (documentId: string) => documentId.replace(/[^A-Za-z0-9]/g, '');

/** Each quote of a story's draft with its speaker's name (null when it has none), by quote text. */
export const quoteSpeakersOf = (db: TestDatabase, storyDocumentId: string) =>
  db.query(
    `SELECT q.text AS text, s.name AS speaker FROM newsroom_quotes q
     JOIN newsroom_quotes_story_lnk sl ON sl.quote_id = q.id
     JOIN newsroom_stories st ON st.id = sl.story_id
     LEFT JOIN newsroom_quotes_speaker_lnk l ON l.quote_id = q.id
     LEFT JOIN newsroom_sources s ON s.id = l.source_id
     WHERE st.document_id = '${safeId(storyDocumentId)}' AND st.published_at IS NULL ORDER BY q.text`
  );

/**
 * Rewrites the first quote of a story's draft in SQL, behind Strapi's back (no document
 * middleware runs), as another program sharing the database would.
 */
export const rewriteFirstQuoteBehindStrapi = (db: TestDatabase, storyDocumentId: string, text: string) =>
  db.execute(
    `UPDATE newsroom_quotes SET text = '${text.replace(/'/g, "''")}' WHERE id = (
       SELECT q.id FROM newsroom_quotes q
       JOIN newsroom_quotes_story_lnk l ON l.quote_id = q.id
       JOIN newsroom_stories s ON s.id = l.story_id
       WHERE s.document_id = '${safeId(storyDocumentId)}' AND s.published_at IS NULL ORDER BY q.id LIMIT 1)`
  );

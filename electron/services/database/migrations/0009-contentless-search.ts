import type { Migration } from '../migration';

/*
 * Frozen history: plain SQL only. The full-text index kept its own copy of every record's text
 * (incident_search_content, about a ninth of the file) although the register only ever asks it
 * which incidents match: the text itself is read from the record. A contentless index with
 * contentless_delete keeps the words and nothing else, and deletes an entry without re-reading
 * and re-tokenizing its old text, so a save that changes the text writes about half the pages.
 * Same columns, tokenizer and prefix indexes; same rowids (the incident ids).
 */
export const migration0009: Migration = {
  version: 9,
  description: 'The full-text index keeps the words only, not a second copy of the text',
  sql: `
    CREATE VIRTUAL TABLE incident_search_words USING fts5 (
      reference, title, body,
      content = '',
      contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '1 2 3'
    );
    INSERT INTO incident_search_words (rowid, reference, title, body) SELECT rowid, reference, title, body FROM incident_search;
    DROP TABLE incident_search;
    ALTER TABLE incident_search_words RENAME TO incident_search;
  `,
};

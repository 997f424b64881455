import type { Migration } from '../migration';

/*
 * Frozen history: plain SQL only. The register asks the full-text index one thing: which
 * incidents hold every word typed (the last as a prefix). It never asks for phrases, columns or
 * ranking, yet the index kept each word's column and position in every record (about a quarter
 * of the file) and a third prefix index. With detail = none it keeps, for each word, the incidents
 * that hold it and nothing more.
 *
 * The records' text is not in the old index (0009 made it contentless), so the new one is filled
 * from the old one's own words: each incident gets its distinct words, already folded and
 * tokenized, which tokenize again to themselves. Every search answers as before. The sort over
 * (incident, word) pairs is held in memory while this runs (temp_store = memory).
 */
export const migration0012: Migration = {
  version: 12,
  description: 'The full-text index keeps which incidents hold each word, not where in them',
  sql: `
    CREATE VIRTUAL TABLE temp.incident_search_old_words USING fts5vocab(main, incident_search, instance);
    CREATE VIRTUAL TABLE incident_search_rowids USING fts5 (
      reference, title, body,
      content = '',
      contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '1 2',
      detail = none
    );
    INSERT INTO incident_search_rowids (rowid, body)
      SELECT doc, group_concat(term, ' ')
      FROM (SELECT DISTINCT doc, term FROM temp.incident_search_old_words)
      GROUP BY doc;
    DROP TABLE temp.incident_search_old_words;
    DROP TABLE incident_search;
    ALTER TABLE incident_search_rowids RENAME TO incident_search;
    INSERT INTO incident_search (incident_search) VALUES ('optimize');
  `,
};

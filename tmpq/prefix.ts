import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { closeDatabase, openDatabase } from '../electron/services/database/open-database';
const [folder, prefix] = process.argv.slice(2);
const kept = JSON.parse(readFileSync(`${folder}/seeded.json`, 'utf8'));
for (const file of ['register-encrypted.db', 'register-plain.db']) {
  const db = file.includes('plain') ? new Database(`${folder}/${file}`) : openDatabase(`${folder}/${file}`, { kind: 'raw', bytes: Buffer.from(kept.keyHex, 'hex') }, { create: false });
  db.exec(`
    CREATE VIRTUAL TABLE temp.w USING fts5vocab(main, incident_search, instance);
    CREATE VIRTUAL TABLE incident_search_new USING fts5 (reference, title, body, content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2', ${prefix ? `prefix = '${prefix}',` : ''} detail = none);
    INSERT INTO incident_search_new (rowid, body) SELECT doc, group_concat(term, ' ') FROM (SELECT DISTINCT doc, term FROM temp.w) GROUP BY doc;
    DROP TABLE temp.w; DROP TABLE incident_search; ALTER TABLE incident_search_new RENAME TO incident_search;
    INSERT INTO incident_search (incident_search) VALUES ('optimize');`);
  if (file.includes('plain')) db.close(); else closeDatabase(db);
}

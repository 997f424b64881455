import Database from 'better-sqlite3-multiple-ciphers';
const db = new Database(':memory:');
try { db.exec(`CREATE VIRTUAL TABLE t USING fts5(a, content='', contentless_delete=1, columnsize=0, detail=none)`); console.log('ok'); 
db.exec(`INSERT INTO t(rowid, a) VALUES (1, 'hello world'); DELETE FROM t WHERE rowid = 1;`); console.log(db.prepare(`SELECT count(*) FROM t WHERE t MATCH 'hello'`).pluck().get());
} catch (e) { console.log((e as Error).message); }

import { readFileSync } from 'node:fs';
import { closeDatabase, openDatabase } from '../electron/services/database/open-database';
const [folder] = process.argv.slice(2);
const kept = JSON.parse(readFileSync(`${folder}/seeded.json`, 'utf8'));
const db = openDatabase(`${folder}/register-encrypted.db`, { kind: 'raw', bytes: Buffer.from(kept.keyHex, 'hex') }, { create: false });
db.exec(`DROP INDEX incident_by_updated; CREATE INDEX incident_by_updated ON incident (updated_at, id, status, year, cause, breach_types, reported_at, report_decision, aware_at, kind);`);
console.log(db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM incident INDEXED BY incident_by_updated WHERE status = 'open' ORDER BY updated_at DESC, id DESC LIMIT 50`).all());
closeDatabase(db);

import { readFileSync } from 'node:fs';
import { closeDatabase, openDatabase } from '../electron/services/database/open-database';
const [folder, ...settings] = process.argv.slice(2);
const kept = JSON.parse(readFileSync(`${folder}/register-encrypted.db`.replace('register-encrypted.db', 'seeded.json'), 'utf8'));
const db = openDatabase(`${folder}/register-encrypted.db`, { kind: 'raw', bytes: Buffer.from(kept.keyHex, 'hex') }, { create: false });
for (const setting of settings) {
  const [name, value] = setting.split('=');
  db.exec(`INSERT INTO incident_search (incident_search, rank) VALUES ('${name}', ${Number(value)})`);
}
console.log(db.prepare('SELECT * FROM incident_search_config').all());
closeDatabase(db);

import Database from 'better-sqlite3-multiple-ciphers';
import { readFileSync } from 'node:fs';
import { unlockConnection } from '../electron/services/database/open-database';
const dir = process.argv[2]!;
const { keyHex } = JSON.parse(readFileSync(`${dir}/seeded.json`, 'utf8'));
const db = new Database(`${dir}/register-encrypted.db`, { readonly: true });
unlockConnection(db, { kind: 'raw', bytes: Buffer.from(keyHex, 'hex') });
console.log(db.prepare("SELECT sum(pgsize) AS used FROM dbstat").get(), db.pragma('freelist_count'));
console.log(db.prepare("SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 6").all());

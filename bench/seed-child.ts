import { seedRegister } from './seed-register';
import { WordSource } from './word-frequencies';

/**
 * Seeds one register in its own process, so the encrypted and the plain register are seeded
 * side by side on two cores. Started by run-benchmarks.ts with fork(); answers with the result.
 */

export interface SeedRequest {
  label: string;
  path: string;
  keyHex: string | null;
  incidents: number;
  nowIso: string;
  years: number;
  seed: number;
}

process.once('message', (message: SeedRequest) => {
  const result = seedRegister({
    path: message.path,
    key: message.keyHex === null ? null : { kind: 'raw', bytes: Buffer.from(message.keyHex, 'hex') },
    incidents: message.incidents,
    now: new Date(message.nowIso),
    years: message.years,
    seed: message.seed,
    words: new WordSource(),
    onProgress: (done) => {
      if (done % 20_000 === 0 || done === message.incidents) process.send?.({ progress: done, label: message.label });
    },
  });
  process.send?.({ result }, () => process.exit(0));
});

import { hash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/*
 * The register's largest JSON (the trail's old and new values since schema 16, the records since
 * schema 17) is kept deflated when that makes it smaller. The preset dictionary gives deflate the
 * JSON shapes and common words up front, so even a short value shrinks. FROZEN: everything ever
 * packed is read back with these exact bytes, so they are never edited (a test pins their hash);
 * a better dictionary would need new columns.
 */
const DICTIONARY = Buffer.from(
  [
    ' the of and to a in is it you that he was for on are with as his they be at one have this from or had by not but what some we can out other were all there when up use your how said an each she which do their time if will way about many then them would like so these her long make thing see him two has look more day could go come did number no most people my over know than call first who may down side been now find any new work part take get place made where after back little only year came show every good me give our under name very through just great think say help line turn much mean before move right old too same tell does set three want well also small end put home read hand large even here must big high such follow why ask change went kind off need house try us again point near self',
    ' customer customers client clients staff employee member team manager office council patient pupil parent tenant supplier contractor password account attachment spreadsheet letter envelope address name date of birth phone number bank details payslip payroll invoice record records file files folder system server laptop phone device USB stick printer post courier email emails emailed sent wrong recipient forwarded copied Bcc Cc by mistake lost stolen encrypted unencrypted deleted recovered confirmed police reported IT provider backup ransomware phishing access accessed shared personal data information breach incident',
    '{"kind":"not_known"}{"kind":"at","at":"2026-{"kind":"between","from":"2026-","to":"2026-{"kind":"range","min":,"max":}{"kind":"exact","count":}{"kind":"approximate","count":}',
    '"sent_to_wrong_recipient","impersonation","lost_or_stolen","cyber_attack","unauthorised_access","system_failure","insecure_disposal","other","not_yet_known"',
    '"basic_identifiers","identification_data","financial","official_documents","location","racial_ethnic","political","religious","trade_union","sex_life","sexual_orientation","gender_reassignment","health","genetic_biometric","criminal"',
    '"employees","users","subscribers","students","customers","patients","children","vulnerable_adults"',
    '"confidentiality","integrity","availability"],"required","not_required","breach","near_miss","controller","processor","yes","no",',
    '{"title":"","whatHappened":"","howDiscovered":"","discoveredBy":"","occurred":,"discoveredAt":null,"awareAt":null,"awarenessNote":"","cause":"","causeDetail":"","breachTypes":[],"cyberIncident":"","dataCategories":[],"dataCategoriesOther":"","peopleCount":,"recordsCount":,"peopleCategories":[],"peopleCategoriesOther":"","organisationsInvolved":"","likelyConsequences":"","containment":"","actions":[],"lessonsLearned":"","preventionSteps":"","status":"open","kind":"","role":"","controllerName":"","controllerContact":"","controllerToldAt":null,"processorName":"","processorToldAt":null,"measuresBeforehand":"","staffRecentlyTrained":"","involvedStaffTrained":"","icoStaffSpokenTo":"","icoStaffSpokenToDetail":"","cyberImpact":"","cyberRecoveryTime":""}',
    '{"description":"","owner":"","dueDate":"2026-","done":false},{"description":"","owner":"","dueDate":null,"done":true}]',
    '{"old":{"kind":"not_known"},"new":{"kind":"{"old":[],"new":["{"old":"not_yet_known","new":"{"old":"open","new":"contained"}{"old":null,"new":"2026-{"old":"","new":"',
  ].join(''),
  'utf8',
);

/** The dictionary's SHA-256, pinned by a test: what was packed can only be read with these exact bytes. */
export const PACKING_DICTIONARY_SHA256 = sha256Hex(DICTIONARY);

/** JSON as stored: as its text, or deflated when that is smaller (the other null). */
export interface StoredJson {
  text: string | null;
  packed: Buffer | null;
}

/** JSON as it is to be written, with the SHA-256 of what is stored (see storedDigest). */
export type PackedJson = StoredJson & { digest: string };

/**
 * The last few large texts packed or inflated, by their exact bytes. A save reads back and seals the
 * record it has just packed, and reads the record the form read just before: the same bytes always
 * inflate to the same text, so those need no second inflate.
 */
class RecentTexts {
  private readonly entries: { packed: Buffer; text: string }[] = [];

  constructor(
    private readonly capacity: number,
    private readonly minimumLength: number,
  ) {}

  find(packed: Uint8Array): string | undefined {
    return this.entries.find((entry) => entry.packed.equals(packed))?.text;
  }

  remember(packed: Uint8Array, text: string): void {
    if (text.length < this.minimumLength) return;
    // A copy: the caller's buffer may be reused.
    this.entries.unshift({ packed: Buffer.from(packed), text });
    if (this.entries.length > this.capacity) this.entries.pop();
  }

  forget(): void {
    this.entries.length = 0;
  }
}

// Enough for a save's record and its few trail values; a short text costs little to inflate again.
const recentlyInflated = new RecentTexts(8, 1_024);

/** Drops the texts kept for reuse: a closed (locked) register leaves none of its records held here. */
export function forgetRecentTexts(): void {
  recentlyInflated.forget();
}

/**
 * Shorter JSON is kept as text: half the trail's values are this short, deflate saves them a few
 * dozen bytes each, and each deflate has a fixed cost of about 30 µs on a save (measured).
 */
const SHORTEST_PACKED = 128;

export function packJson(json: string): PackedJson {
  if (json.length < SHORTEST_PACKED) return keptAsText(json);
  const packed = deflateRawSync(json, { dictionary: DICTIONARY });
  if (packed.length >= Buffer.byteLength(json, 'utf8')) return keptAsText(json);
  recentlyInflated.remember(packed, json);
  return { text: null, packed, digest: sha256Hex(packed) };
}

/** The JSON kept as its text, for what SQL must read. */
export function keptAsText(json: string): PackedJson {
  return { text: json, packed: null, digest: sha256Hex(json) };
}

/** The JSON text, whichever way it is kept; null when neither is (erased). Throws on bytes that do not inflate. */
export function unpackJson(text: string | null, packed: Uint8Array | null | undefined): string | null {
  if (packed == null) return text;
  const known = recentlyInflated.find(packed);
  if (known !== undefined) return known;
  const json = inflateRawSync(packed, { dictionary: DICTIONARY }).toString('utf8');
  recentlyInflated.remember(packed, json);
  return json;
}

/**
 * The SHA-256 of what is stored (the text's UTF-8, or the deflated bytes), as a trail entry's
 * payload hash covers it: checking the chain needs no inflating, and any change to either is found.
 */
export function storedDigest(stored: StoredJson): string | null {
  if (stored.packed !== null) return sha256Hex(stored.packed);
  if (stored.text !== null) return sha256Hex(stored.text);
  return null;
}

/** A string is hashed as its UTF-8, as `update` does by default. */
function sha256Hex(content: Uint8Array | string): string {
  return hash('sha256', content);
}

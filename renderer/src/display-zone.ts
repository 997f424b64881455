import { DEFAULT_TIME_ZONE } from '../../shared/uk-time';

/**
 * The time zone the person reads and types times in (a register setting, Europe/London by
 * default). Stored instants are UTC; only display and typing use this.
 */
let zone = DEFAULT_TIME_ZONE;

export function displayZone(): string {
  return zone;
}

export function setDisplayZone(timeZone: string): void {
  zone = timeZone;
}

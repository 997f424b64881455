/**
 * Only a breach held as controller has an ICO clock: a near miss compromised no personal data,
 * and a processor tells its controller instead (Art. 33(2)). Every query of running clocks adds
 * this, so the running-clocks index (migration 0006) still serves it. `alias` is the table's
 * alias in the query ('' for none).
 */
export function icoClockAppliesSql(alias: string): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return `${column('kind')} = 'breach' AND ${column('role')} = 'controller'`;
}

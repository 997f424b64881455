/** One schema step. Shipped migrations are never edited: add a new one instead. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

import { expect } from 'vitest';
import type { Shell } from './load-shell';
import { call } from './load-shell';

/** Opens the register as the app's page would, as a named user. */
export async function openRegister(shell: Shell): Promise<void> {
  expect(await call(shell, 'session:status', {})).toMatchObject({ ok: true, value: { state: 'open' } });
  expect(await call(shell, 'session:set-user', { name: 'Office Manager' })).toMatchObject({ ok: true });
}

/** Records a breach the office became aware of `hoursAgo` (an hour) ago: within 72 hours its clock is running. */
export async function startAClock(shell: Shell, hoursAgo = 1): Promise<void> {
  const awareAt = new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
  const created = await call(shell, 'incident:create', { title: 'Laptop left on a train', discoveredAt: awareAt, awareAt });
  expect(created, JSON.stringify(created)).toMatchObject({ ok: true });
}

type MenuItem = Electron.MenuItemConstructorOptions;

/** Every item of a menu template, submenus included. */
export function allItems(items: MenuItem[]): MenuItem[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu as MenuItem[]) : [])]);
}

export function itemLabelled(items: MenuItem[], label: string): MenuItem {
  const item = allItems(items).find((candidate) => candidate.label === label);
  if (!item) throw new Error(`No menu item "${label}" in ${allItems(items).map((i) => i.label ?? i.role).join(', ')}`);
  return item;
}

/** Clicks a menu item as Electron would (the handler gets the item, the window and the event). */
export function click(item: MenuItem): void {
  if (!item.click) throw new Error(`Menu item "${item.label}" does nothing`);
  item.click({} as Electron.MenuItem, undefined, {} as Electron.KeyboardEvent);
}

/** The window's title follows the page's (which names the screen and breach), always with the product name. */
export function windowTitle(pageTitle: string): string {
  const title = pageTitle.trim();
  if (title === '' || title === 'Breachlog') return 'Breachlog';
  return title.includes('Breachlog') ? title : `${title} – Breachlog`;
}

// The routes as data, with no React: the page's first script reads the opening screen from them.
export type Route =
  | { screen: 'register' }
  | { screen: 'dashboard' }
  | { screen: 'new-incident' }
  | { screen: 'incident'; id: number }
  | { screen: 'edit-incident'; id: number; step: string; guided?: boolean }
  | { screen: 'ico-companion'; id: number }
  | { screen: 'edit-letter'; id: number }
  | { screen: 'settings' }
  | { screen: 'security' }
  | { screen: 'assess-incident'; id: number }
  | { screen: 'document'; id: number; document: 'ico-report' | 'letter' | 'controller-notice' }
  | { screen: 'audit-pack' }
  | { screen: 'organisation' };

/** Hash routes, so a reload keeps the person on the same screen. */
export function parseRoute(hash: string): Route {
  if (hash === '#/new') return { screen: 'new-incident' };
  if (hash === '#/settings') return { screen: 'settings' };
  if (hash === '#/dashboard') return { screen: 'dashboard' };
  if (hash === '#/security') return { screen: 'security' };
  if (hash === '#/settings/organisation') return { screen: 'organisation' };
  if (hash === '#/documents') return { screen: 'audit-pack' };
  const document = /^#\/incident\/(\d+)\/document\/(ico-report|letter|controller-notice)$/.exec(hash);
  if (document) return { screen: 'document', id: Number(document[1]), document: document[2] === 'letter' || document[2] === 'controller-notice' ? document[2] : 'ico-report' };
  // "/next": opened from the breach's Next-step card, so saving goes back to the card.
  const edit = /^#\/incident\/(\d+)\/edit\/([a-z-]+)(\/next)?$/.exec(hash);
  if (edit) return { screen: 'edit-incident', id: Number(edit[1]), step: edit[2] ?? '', guided: edit[3] !== undefined };
  const letter = /^#\/incident\/(\d+)\/letter$/.exec(hash);
  if (letter) return { screen: 'edit-letter', id: Number(letter[1]) };
  const companion = /^#\/incident\/(\d+)\/ico$/.exec(hash);
  if (companion) return { screen: 'ico-companion', id: Number(companion[1]) };
  const assess = /^#\/incident\/(\d+)\/assess$/.exec(hash);
  if (assess) return { screen: 'assess-incident', id: Number(assess[1]) };
  const match = /^#\/incident\/(\d+)$/.exec(hash);
  if (match) return { screen: 'incident', id: Number(match[1]) };
  return { screen: 'register' };
}

export function routeHref(route: Route): string {
  if (route.screen === 'new-incident') return '#/new';
  if (route.screen === 'incident') return `#/incident/${route.id}`;
  if (route.screen === 'edit-incident') return `#/incident/${route.id}/edit/${route.step}${route.guided ? '/next' : ''}`;
  if (route.screen === 'ico-companion') return `#/incident/${route.id}/ico`;
  if (route.screen === 'edit-letter') return `#/incident/${route.id}/letter`;
  if (route.screen === 'settings') return '#/settings';
  if (route.screen === 'dashboard') return '#/dashboard';
  if (route.screen === 'security') return '#/security';
  if (route.screen === 'assess-incident') return `#/incident/${route.id}/assess`;
  if (route.screen === 'document') return `#/incident/${route.id}/document/${route.document}`;
  if (route.screen === 'audit-pack') return '#/documents';
  if (route.screen === 'organisation') return '#/settings/organisation';
  return '#/';
}

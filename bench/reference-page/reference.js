/* global document, window */
// The benchmark's reference page: no framework, one call to the same contract operation over the
// same transport the app's preview uses (POST /api/incident:list with the preview token), then the
// rows painted as a plain table. The floor the app's first paint of the register is compared with.

const token = new URL(window.location.href).searchParams.get('token') ?? '';
const FIRST_PAGE = { search: '', status: null, year: null, cause: null, breachType: null, reported: null, deadline: null, kind: 'breach', sort: 'aware_desc', offset: 0, limit: 50 };
const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });

const response = await fetch('/api/incident:list', {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-breachlog-token': token },
  body: JSON.stringify(FIRST_PAGE),
});
const result = await response.json();
const body = document.getElementById('rows');
if (!result.ok) throw new Error(result.error.message);
const fragment = document.createDocumentFragment();
for (const incident of result.value.items) {
  const row = document.createElement('tr');
  for (const text of [incident.reference, incident.title, incident.status, incident.awareAt ? when.format(new Date(incident.awareAt)) : 'Not recorded']) {
    const cell = document.createElement('td');
    cell.textContent = text;
    row.append(cell);
  }
  fragment.append(row);
}
body.append(fragment);

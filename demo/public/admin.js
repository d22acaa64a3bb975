// The demo's staff page: the list picks the session the review shows, and focus follows the pick
// (a keyboard user lands on the review); a deleted session leaves the list (which then focuses
// the next row by itself).
const list = document.querySelector('yoti-idv-sessions');
const review = document.querySelector('yoti-idv-review');

list.addEventListener('yoti-select', (event) => {
  review.sessionId = event.detail.sessionId;
  review.scrollIntoView({ block: 'nearest' });
  review.focus();
});

review.addEventListener('yoti-deleted', (event) => {
  if (event.detail.what === 'session') list.selected = undefined;
});

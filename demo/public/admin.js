// The demo's staff page: the list picks the session the review shows; a deleted session leaves it.
const list = document.querySelector('yoti-idv-sessions');
const review = document.querySelector('yoti-idv-review');

list.addEventListener('yoti-select', (event) => {
  review.sessionId = event.detail.sessionId;
  review.hidden = false;
  review.scrollIntoView({ block: 'nearest' });
});

review.addEventListener('yoti-deleted', (event) => {
  if (event.detail.what === 'session') list.selected = undefined;
});

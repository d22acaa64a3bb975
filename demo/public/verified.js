// Back from Yoti's page in redirect mode while the checks still run: once the status card has seen
// them done, the page is read again on the server, which now has the results.
document.querySelector('yoti-idv-status')?.addEventListener('yoti-status', (event) => {
  if (event.detail.outcome !== 'PENDING') location.reload();
});

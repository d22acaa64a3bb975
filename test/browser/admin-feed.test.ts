import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http, sse } from 'msw';
import '../../src/admin/index.js';
import { startWorker, worker } from '../support/msw.js';

// The back office's live lists (issue 30): every admin element on a page shares one record stream
// (a member of staff's streams are capped), and a list whose stream is refused polls quietly until
// it can stream again.

const ROW = {
  sessionId: 's1',
  name: 'Sam Person',
  email: 'sam@example.com',
  createdAt: new Date().toISOString(),
  state: 'ONGOING',
  outcome: 'PENDING',
  mediaDeleted: false,
};
const me = http.get('/yoti/admin/me', () =>
  HttpResponse.json({ id: 'staff-jordan', name: 'Jordan Reyes', permissions: ['view'] }),
);

describe('back office: live lists', () => {
  before(() => startWorker());
  after(() => worker.stop());

  it('gives one record stream to all the admin elements of a page', async () => {
    let streams = 0;
    worker.resetHandlers(
      me,
      http.get('/yoti/admin/sessions', () => HttpResponse.json({ sessions: [ROW] })),
      http.get('/yoti/admin/sessions/:id', () =>
        HttpResponse.json({ ...ROW, checks: [], media: [], audit: [] }),
      ),
      sse('/yoti/admin/events', () => {
        streams += 1;
      }),
    );
    const page = await fixture(html`<div>
      <yoti-idv-link-form></yoti-idv-link-form>
      <yoti-idv-sessions></yoti-idv-sessions>
      <yoti-idv-review session-id="s1"></yoti-idv-review>
    </div>`);
    await waitUntil(() => streams === 1, 'the stream');
    await aTimeout(300);
    expect(streams, 'one stream for three elements').to.equal(1);
    page.remove();
  });

  it('polls quietly while its stream is refused, then streams again and stops polling', async () => {
    let refused = true;
    let asked = 0;
    let reads = 0;
    let connected = 0;
    worker.resetHandlers(
      me,
      http.get('/yoti/admin/sessions', () => {
        reads += 1;
        return HttpResponse.json({ sessions: [ROW] });
      }),
      http.get('/yoti/admin/events', () => {
        asked += 1;
        if (refused) {
          return HttpResponse.json(
            { error: { code: 'stream_limit', message: 'Too many streams.', retryable: true, retryAfter: 5 } },
            { status: 429, headers: { 'Retry-After': '5' } },
          );
        }
        return undefined; // on to the stream below
      }),
      sse('/yoti/admin/events', () => {
        connected += 1;
      }),
    );
    const list = await fixture(html`<yoti-idv-sessions></yoti-idv-sessions>`);
    await waitUntil(() => reads === 1 && asked === 1, 'the first read and the refused stream');
    // The refusal is the helper's business: nothing alarming shows.
    expect(list.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await waitUntil(() => reads === 2, 'a poll while the stream is refused', { timeout: 12_000 });
    expect(asked, 'and the stream tried again').to.equal(2);
    refused = false;
    await waitUntil(() => reads === 3 && connected === 1, 'the next poll, and the stream back', {
      timeout: 20_000,
    });
    const settled = reads;
    await aTimeout(8000);
    expect(reads, 'no polls while it streams').to.equal(settled);
    expect(list.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    list.remove();
  });
});

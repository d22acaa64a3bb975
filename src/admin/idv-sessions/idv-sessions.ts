import { css, html, isServer, nothing, type PropertyValues } from 'lit';
import { emit, type YotiErrorDetail } from '../../core/events.js';
import { isAbortError } from '../../core/http.js';
import { theme } from '../../core/theme.js';
import { adminStyles } from '../admin.styles.js';
import {
  DECISION_VALUES,
  eventsUrl,
  type ListQuery,
  listSessions,
  RECORD_STATES,
  type RecordRow,
} from '../admin-api.js';
import { AdminElement } from '../admin-element.js';
import { RecordFeedController } from '../record-feed-controller.js';

/** How long typing pauses before the list is searched, ms. */
const SEARCH_DELAY_MS = 250;
/** Changes streamed in quick succession are shown with one read, this long after the first, ms. */
const CHANGE_DELAY_MS = 150;

/**
 * The back office's list of identity checks: name, email, when, state and decision, newest first;
 * search by name or email, filters by state and decision, pages; live (rows change as sessions move
 * on, without a reload). A row's click, or Enter on it, picks the session.
 *
 * @tagname yoti-idv-sessions
 * @summary The back office's live list of IDV sessions.
 *
 * @fires yoti-select - A session was picked: `{sessionId}`.
 * @fires yoti-error - `{code, message, retryable}` when the list cannot be had (403: no access).
 *
 * @csspart card - The card around everything.
 * @csspart table - The table of sessions.
 * @csspart problem - A refusal or failure, shown in place of the rows.
 */
export class YotiIdvSessions extends AdminElement {
  static readonly tag = 'yoti-idv-sessions';
  static override styles = [
    theme,
    adminStyles,
    css`
      .filters {
        margin-bottom: 1rem;
      }
      .filters label:first-child {
        flex: 1 1 16rem;
      }
      table {
        inline-size: 100%;
        border-collapse: collapse;
      }
      th {
        padding: 0.5rem 0.75rem;
        border-bottom: 1px solid var(--_border);
        color: var(--_muted);
        font-size: 0.8125rem;
        font-weight: 600;
        text-align: start;
      }
      td {
        padding: 0.625rem 0.75rem;
        border-bottom: 1px solid var(--_border);
        vertical-align: middle;
      }
      tbody tr {
        cursor: pointer;
      }
      tbody tr:hover {
        background: var(--_subtle);
      }
      tr[aria-current='true'] {
        background: color-mix(in srgb, var(--_primary) 8%, transparent);
      }
      .link {
        padding: 0;
        border: 0;
        background: none;
        color: color-mix(in srgb, var(--_primary) 80%, black);
        font: 600 inherit/1.3 var(--_font);
        text-align: start;
        cursor: pointer;
      }
      .empty {
        padding: 2rem 0.75rem;
        color: var(--_muted);
        text-align: center;
      }
      nav {
        display: flex;
        justify-content: flex-end;
        gap: 0.5rem;
        margin-top: 1rem;
      }
      @media (max-width: 40rem) {
        .created,
        .email {
          display: none;
        }
      }
    `,
  ];
  static override properties = {
    ...AdminElement.properties,
    selected: {},
    rows: { state: true },
    loading: { state: true },
    failure: { state: true },
    query: { state: true },
    stateFilter: { state: true },
    decisionFilter: { state: true },
    pages: { state: true },
  };

  /** The session shown as picked (the one under review beside the list). */
  selected?: string;

  private rows?: RecordRow[];
  private loading = false;
  private failure?: YotiErrorDetail;
  private query = '';
  private stateFilter: ListQuery['state'] = '';
  private decisionFilter: ListQuery['decision'] = '';
  /** The cursors of the pages seen so far (the first is ''), and the next page's, when there is one. */
  private pages: { cursors: string[]; next?: string } = { cursors: [''] };

  #request?: AbortController;
  #searchTimer?: ReturnType<typeof setTimeout>;
  #changeTimer?: ReturnType<typeof setTimeout>;

  #feed = new RecordFeedController(this, {
    url: () => eventsUrl(this.endpoint || '/yoti'),
    onChange: () => this.#changed(),
    onResume: () => this.#changed(),
  });

  /** Reads the current page again now. */
  reload(): void {
    void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request?.abort();
    clearTimeout(this.#searchTimer);
    clearTimeout(this.#changeTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) return; // Read in the browser, with the staff member's cookie.
    if (changed.has('endpoint') || !this.hasUpdated) {
      this.pages = { cursors: [''] };
      if (this.hasUpdated) this.#feed.restart();
      void this.#load();
    }
  }

  /** A record changed somewhere: the page is read again (once for a burst of changes). */
  #changed(): void {
    if (this.#changeTimer !== undefined) return;
    this.#changeTimer = setTimeout(() => {
      this.#changeTimer = undefined;
      void this.#load({ quiet: true });
    }, CHANGE_DELAY_MS);
  }

  async #load({ quiet = false } = {}): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    if (!quiet) this.loading = true;
    try {
      const page = await listSessions(
        this.endpoint || '/yoti',
        {
          query: this.query.trim(),
          state: this.stateFilter,
          decision: this.decisionFilter,
          cursor: this.pages.cursors.at(-1) || undefined,
        },
        request.signal,
      );
      this.rows = page.sessions;
      this.pages = { cursors: this.pages.cursors, ...(page.next ? { next: page.next } : {}) };
      this.failure = undefined;
    } catch (error) {
      if (isAbortError(error) || request.signal.aborted) return;
      this.failure = this.errorDetail(error);
      this.fireError(this.failure);
    } finally {
      if (this.#request === request) this.loading = false;
    }
  }

  #filter(change: () => void, delay = 0): void {
    change();
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      this.pages = { cursors: [''] };
      void this.#load();
    }, delay);
  }

  #page(direction: 'older' | 'newer'): void {
    const cursors = [...this.pages.cursors];
    if (direction === 'older' && this.pages.next) cursors.push(this.pages.next);
    if (direction === 'newer') cursors.pop();
    this.pages = { cursors: cursors.length > 0 ? cursors : [''] };
    void this.#load();
  }

  #select(sessionId: string): void {
    this.selected = sessionId;
    emit(this, 'yoti-select', { sessionId });
  }

  #row(row: RecordRow) {
    const name = row.name ?? this.t('list.unnamed');
    const decision = row.decision?.value ?? 'NONE';
    return html`<tr
      aria-current=${this.selected === row.sessionId ? 'true' : nothing}
      @click=${() => this.#select(row.sessionId)}
    >
      <td>
        <button class="link" type="button" @click=${(event: Event) => {
          event.stopPropagation();
          this.#select(row.sessionId);
        }}>${name}</button>
      </td>
      <td class="email">${row.email ?? ''}</td>
      <td class="created">${this.date(row.createdAt)}</td>
      <td><span class="badge ${row.state}">${this.t(`admin.state.${row.state}`)}</span></td>
      <td><span class="badge ${decision}">${this.t(`admin.decision.${decision}`)}</span></td>
    </tr>`;
  }

  #table() {
    if (this.failure && !this.rows) return this.problem(this.failure, () => this.reload());
    const rows = this.rows ?? [];
    const filtered = Boolean(this.query.trim() || this.stateFilter || this.decisionFilter);
    return html`${this.failure ? this.problem(this.failure, () => this.reload()) : nothing}
      <table part="table" aria-busy=${this.loading ? 'true' : 'false'}>
        <caption class="visually-hidden">${this.t('list.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('list.name')}</th>
            <th scope="col" class="email">${this.t('list.email')}</th>
            <th scope="col" class="created">${this.t('list.created')}</th>
            <th scope="col">${this.t('list.state')}</th>
            <th scope="col">${this.t('list.decision')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => this.#row(row))}
          ${
            rows.length === 0
              ? html`<tr><td class="empty" colspan="5" role="status">
                  ${this.loading ? this.t('common.loading') : this.t(filtered ? 'list.noMatch' : 'list.empty')}
                </td></tr>`
              : nothing
          }
        </tbody>
      </table>
      ${
        this.pages.cursors.length > 1 || this.pages.next
          ? html`<nav aria-label=${this.t('list.pages')}>
              <button class="button secondary" type="button" ?disabled=${this.pages.cursors.length <= 1}
                @click=${() => this.#page('newer')}>${this.t('list.newer')}</button>
              <button class="button secondary" type="button" ?disabled=${!this.pages.next}
                @click=${() => this.#page('older')}>${this.t('list.older')}</button>
            </nav>`
          : nothing
      }`;
  }

  protected override render() {
    return html`<section part="card" class="card">
      <h2>${this.t('list.heading')}</h2>
      <div class="row filters" role="search">
        <label>${this.t('list.search')}
          <input type="search" .value=${this.query} autocomplete="off"
            @input=${(event: Event) =>
              this.#filter(() => {
                this.query = (event.target as HTMLInputElement).value;
              }, SEARCH_DELAY_MS)} />
        </label>
        <label>${this.t('list.state')}
          <select @change=${(event: Event) =>
            this.#filter(() => {
              this.stateFilter = (event.target as HTMLSelectElement).value as ListQuery['state'];
            })}>
            <option value="">${this.t('list.state.all')}</option>
            ${RECORD_STATES.map((state) => html`<option value=${state} ?selected=${this.stateFilter === state}>${this.t(`admin.state.${state}`)}</option>`)}
          </select>
        </label>
        <label>${this.t('list.decision')}
          <select @change=${(event: Event) =>
            this.#filter(() => {
              this.decisionFilter = (event.target as HTMLSelectElement).value as ListQuery['decision'];
            })}>
            <option value="">${this.t('list.decision.all')}</option>
            ${[...DECISION_VALUES, 'NONE' as const].map((value) => html`<option value=${value} ?selected=${this.decisionFilter === value}>${this.t(`admin.decision.${value}`)}</option>`)}
          </select>
        </label>
      </div>
      ${this.#table()}
    </section>`;
  }
}

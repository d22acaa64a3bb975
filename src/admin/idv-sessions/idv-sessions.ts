import { Task, TaskStatus } from '@lit/task';
import { html, isServer, nothing } from 'lit';
import { emit, type YotiDeletedDetail } from '../../core/events.js';
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
import { styles } from './idv-sessions.styles.js';

/** How long typing pauses before the list is searched, ms. */
const SEARCH_DELAY_MS = 250;
/** Changes streamed in quick succession are shown with one read, this long after the first, ms. */
const CHANGE_DELAY_MS = 150;

/**
 * The back office's list of identity checks: the person (name and email), when, state, result and
 * decision, newest first; search by name or email, filters by state and decision, pages; live (rows
 * change as sessions move on, without a reload). A row's click, or Enter on it, picks the session.
 * When a session is deleted on the page (`yoti-deleted` from a review), focus goes to the next row.
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
  static override styles = [theme, adminStyles, styles];
  static override properties = {
    ...AdminElement.properties,
    selected: {},
    query: { state: true },
    stateFilter: { state: true },
    decisionFilter: { state: true },
    cursors: { state: true },
    refreshes: { state: true },
  };

  /** The session shown as picked (the one under review beside the list). */
  selected?: string;

  private query = '';
  private stateFilter: ListQuery['state'] = '';
  private decisionFilter: ListQuery['decision'] = '';
  /** The cursors of the pages seen so far: the first page's is ''. */
  private cursors: string[] = [''];
  /** Bumped to read the page again (a change streamed in). */
  private refreshes = 0;

  #searchTimer?: ReturnType<typeof setTimeout>;
  #changeTimer?: ReturnType<typeof setTimeout>;
  #listeners?: AbortController;
  /** Where focus goes after the next read: the row at this place (a session there was deleted). */
  #focusRowAt?: number;

  readonly #page = new Task(this, {
    task: ([endpoint, query, state, decision, cursor], { signal }) =>
      listSessions(endpoint, { query, state, decision, cursor: cursor || undefined }, signal),
    args: () =>
      [
        this.endpoint || '/yoti',
        this.query.trim(),
        this.stateFilter,
        this.decisionFilter,
        this.cursors.at(-1) ?? '',
        this.refreshes,
      ] as const,
    autoRun: !isServer,
    onComplete: ({ sessions }) => {
      // Told only when a search or a filter leaves nothing to see (rows read aloud otherwise).
      const filtered = Boolean(this.query.trim() || this.stateFilter || this.decisionFilter);
      this.announce(sessions.length === 0 ? this.t(filtered ? 'list.noMatch' : 'list.empty') : '');
    },
    onError: (error) => {
      const detail = this.errorDetail(error);
      this.announce(detail.message);
      this.fireError(detail);
    },
  });

  readonly #feed = new RecordFeedController(this, () => eventsUrl(this.endpoint || '/yoti'), {
    onChange: () => this.#changed(),
    onResume: () => this.#changed(),
  });

  /** Reads the current page again now. */
  reload(): void {
    this.refreshes += 1;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listeners = new AbortController();
    // A review on the page deleted a session: focus goes on to the row after it.
    window.addEventListener(
      'yoti-deleted',
      (event) => this.#deleted((event as CustomEvent<YotiDeletedDetail>).detail),
      {
        signal: this.#listeners.signal,
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listeners?.abort();
    clearTimeout(this.#searchTimer);
    clearTimeout(this.#changeTimer);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('endpoint') && this.hasUpdated) this.#feed.restart();
    // The page read after a deletion is on screen: focus goes to the row now in the deleted one's place.
    if (this.#focusRowAt !== undefined && this.#page.status === TaskStatus.COMPLETE) {
      const rows = [...this.renderRoot.querySelectorAll<HTMLElement>('tbody .link')];
      (rows[Math.min(this.#focusRowAt, rows.length - 1)] ?? this.renderRoot.querySelector('input'))?.focus();
      this.#focusRowAt = undefined;
    }
  }

  /** A record changed somewhere: the page is read again (once for a burst of changes). */
  #changed(): void {
    if (this.#changeTimer !== undefined) return;
    this.#changeTimer = setTimeout(() => {
      this.#changeTimer = undefined;
      this.reload();
    }, CHANGE_DELAY_MS);
  }

  #deleted({ sessionId, what }: { sessionId: string; what: string }): void {
    if (what !== 'session') return;
    const at = this.#page.value?.sessions.findIndex((row) => row.sessionId === sessionId) ?? -1;
    if (at === -1) return;
    this.#focusRowAt = at;
    if (this.selected === sessionId) this.selected = undefined;
    this.reload();
  }

  #filter(change: () => void, delay = 0): void {
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      change();
      this.cursors = [''];
    }, delay);
  }

  #turn(direction: 'older' | 'newer'): void {
    const next = this.#page.value?.next;
    if (direction === 'older' && next) this.cursors = [...this.cursors, next];
    if (direction === 'newer' && this.cursors.length > 1) this.cursors = this.cursors.slice(0, -1);
  }

  #select(sessionId: string): void {
    this.selected = sessionId;
    emit(this, 'yoti-select', { sessionId });
  }

  #row(row: RecordRow) {
    const name = row.name ?? this.t('list.unnamed');
    const decision = row.decision?.value ?? 'NONE';
    return html`<tr aria-current=${this.selected === row.sessionId ? 'true' : nothing} @click=${() => this.#select(row.sessionId)}>
      <td class="person">
        <button class="link" type="button" title=${name} @click=${(event: Event) => {
          event.stopPropagation();
          this.#select(row.sessionId);
        }}>${name}</button>
        ${row.email ? html`<span class="email" title=${row.email}>${row.email}</span>` : nothing}
      </td>
      <td class="c-date">${this.date(row.createdAt)}</td>
      <td class="c-state"><span class="badge ${row.state}">${this.t(`admin.state.${row.state}`)}</span></td>
      <td><span class="badge ${row.outcome}">${this.t(`admin.outcome.${row.outcome}`)}</span></td>
      <td class="c-decision"><span class="badge ${decision}">${this.t(`admin.decision.${decision}`)}</span></td>
    </tr>`;
  }

  #empty(loading: boolean) {
    const filtered = Boolean(this.query.trim() || this.stateFilter || this.decisionFilter);
    if (loading) return html`<p>${this.t('common.loading')}</p>`;
    return html`<p><strong>${this.t(filtered ? 'list.noMatch' : 'list.empty')}</strong></p>
      <p class="muted">${this.t(filtered ? 'list.noMatchHint' : 'list.emptyHint')}</p>`;
  }

  #table() {
    const page = this.#page.value;
    // Not read yet (and so on the server, and while hydrating) counts as loading.
    const loading = this.#page.status === TaskStatus.PENDING || this.#page.status === TaskStatus.INITIAL;
    const failure = this.#page.status === TaskStatus.ERROR ? this.errorDetail(this.#page.error) : undefined;
    if (failure && !page) return this.problem(failure, () => this.reload());
    const rows = page?.sessions ?? [];
    return html`${this.problem(failure, () => this.reload())}
      <table part="table" aria-busy=${loading ? 'true' : 'false'}>
        <caption class="visually-hidden">${this.t('list.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('list.person')}</th>
            <th scope="col" class="c-date">${this.t('list.created')}</th>
            <th scope="col" class="c-state">${this.t('list.state')}</th>
            <th scope="col" class="c-outcome">${this.t('list.outcome')}</th>
            <th scope="col" class="c-decision">${this.t('list.decision')}</th>
          </tr>
        </thead>
        <tbody>${rows.map((row) => this.#row(row))}</tbody>
      </table>
      ${rows.length === 0 ? html`<div class="empty">${this.#empty(loading && !page)}</div>` : nothing}
      ${
        this.cursors.length > 1 || page?.next
          ? html`<nav aria-label=${this.t('list.pages')}>
              <button class="button secondary" type="button" ?disabled=${this.cursors.length <= 1}
                @click=${() => this.#turn('newer')}>${this.t('list.newer')}</button>
              <button class="button secondary" type="button" ?disabled=${!page?.next}
                @click=${() => this.#turn('older')}>${this.t('list.older')}</button>
            </nav>`
          : nothing
      }`;
  }

  protected override render() {
    return html`<section part="card" class="card" aria-labelledby="heading">
      <h2 id="heading">${this.t('list.heading')}</h2>
      <div class="row filters" role="search">
        <label class="search">${this.t('list.search')}
          <input type="search" .value=${this.query} autocomplete="off"
            @input=${(event: Event) => {
              const value = (event.target as HTMLInputElement).value;
              this.#filter(() => {
                this.query = value;
              }, SEARCH_DELAY_MS);
            }} />
        </label>
        <label>${this.t('list.state')}
          <select @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value as ListQuery['state'];
            this.#filter(() => {
              this.stateFilter = value;
            });
          }}>
            <option value="">${this.t('list.state.all')}</option>
            ${RECORD_STATES.map((state) => html`<option value=${state} ?selected=${this.stateFilter === state}>${this.t(`admin.state.${state}`)}</option>`)}
          </select>
        </label>
        <label>${this.t('list.decision')}
          <select @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value as ListQuery['decision'];
            this.#filter(() => {
              this.decisionFilter = value;
            });
          }}>
            <option value="">${this.t('list.decision.all')}</option>
            ${[...DECISION_VALUES, 'NONE' as const].map((value) => html`<option value=${value} ?selected=${this.decisionFilter === value}>${this.t(`admin.decision.${value}`)}</option>`)}
          </select>
        </label>
      </div>
      ${this.#table()}
      ${this.liveRegion()}
    </section>`;
  }
}

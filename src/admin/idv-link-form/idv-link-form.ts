import { TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { emit, type YotiErrorDetail } from '../../core/events.js';
import { theme } from '../../core/theme.js';
import { adminStyles } from '../admin.styles.js';
import { type CreatedLink, createLink } from '../admin-api.js';
import { AdminElement } from '../admin-element.js';
import { styles } from './idv-link-form.styles.js';

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;.]{2,}$/;

/**
 * The back office's form for a session link: a person's name and email in, the link to send them
 * out (with a button that copies it). The helper makes the session when the person opens the link.
 * A member of staff without the `create` permission is told so instead of shown a form.
 *
 * @tagname yoti-idv-link-form
 * @summary The back office's form that makes an IDV session link for a named person.
 *
 * @fires yoti-link - A link was made: `{linkId, url, expiresAt}`.
 * @fires yoti-error - `{code, message, retryable}` when the link cannot be made (403: no access).
 *
 * @csspart card - The card around everything.
 * @csspart problem - A refusal or failure.
 */
export class YotiIdvLinkForm extends AdminElement {
  static readonly tag = 'yoti-idv-link-form';
  static override styles = [theme, adminStyles, styles];
  static override properties = {
    ...AdminElement.properties,
    made: { state: true },
    madeFor: { state: true },
    failure: { state: true },
    busy: { state: true },
    invalid: { state: true },
  };

  private made?: CreatedLink;
  private madeFor = '';
  private failure?: YotiErrorDetail;
  private busy = false;
  private invalid: { name?: boolean; email?: boolean } = {};

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const email = String(data.get('email') ?? '').trim();
    this.invalid = { name: name === '', email: !EMAIL.test(email) };
    if (this.invalid.name || this.invalid.email) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    try {
      this.made = await createLink(this.endpoint || '/yoti', name, email);
      this.madeFor = name;
      this.failure = undefined;
      this.announce(this.t('link.result', { name }));
      emit(this, 'yoti-link', this.made);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.copy input')?.select();
    } catch (error) {
      this.failure = this.errorDetail(error);
      this.announce(this.failure.message);
      this.fireError(this.failure);
    } finally {
      this.busy = false;
    }
  }

  async #copy(): Promise<void> {
    if (!this.made) return;
    try {
      await navigator.clipboard.writeText(this.made.url);
      this.announce(this.t('link.copied'));
    } catch {
      // No clipboard here (an insecure page, a refused permission): the link stays selected to copy by hand.
      this.renderRoot.querySelector<HTMLInputElement>('.copy input')?.select();
    }
  }

  #another(): void {
    this.made = undefined;
    this.invalid = {};
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('input[name="name"]')?.focus(),
    );
  }

  #field(name: 'name' | 'email', type: string, autocomplete: string) {
    const invalid = this.invalid[name] === true;
    const message = name === 'name' ? 'link.nameMissing' : 'link.emailInvalid';
    return html`<label>${this.t(name === 'name' ? 'link.name' : 'link.email')}
      <input name=${name} type=${type} autocomplete=${autocomplete} required maxlength=${name === 'name' ? 200 : 254}
        aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `${name}-error` : nothing}
        @input=${() => {
          if (invalid) this.invalid = { ...this.invalid, [name]: false };
        }} />
      ${invalid ? html`<p id="${name}-error" class="field-error">${this.t(message)}</p>` : nothing}
    </label>`;
  }

  protected override render() {
    const made = this.made;
    return html`<section part="card" class="card" aria-labelledby="link-heading">
      <h2 id="link-heading">${this.t('link.heading')}</h2>
      ${this.problem(this.failure)}
      ${
        this.staff.status === TaskStatus.PENDING || this.staff.status === TaskStatus.INITIAL
          ? html`<p class="muted">${this.t('common.loading')}</p>`
          : this.staff.value && !this.may('create')
            ? html`<p class="muted">${this.t('link.notAllowed')}</p>`
            : made
              ? html`<div class="made">
              <p><strong>${this.t('link.result', { name: this.madeFor })}</strong></p>
              <p class="muted">${this.t('link.hint')}</p>
              <div class="copy">
                <input readonly aria-label=${this.t('link.url')} .value=${made.url} @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />
                <button class="button" type="button" @click=${() => this.#copy()}>${this.t('link.copy')}</button>
              </div>
              <p class="muted">${this.t('link.expires', { date: this.date(made.expiresAt) })}</p>
              <div><button class="button secondary" type="button" @click=${() => this.#another()}>${this.t('link.another')}</button></div>
            </div>`
              : html`<form novalidate @submit=${(event: SubmitEvent) => this.#submit(event)}>
              ${this.#field('name', 'text', 'off')}
              ${this.#field('email', 'email', 'off')}
              <div><button class="button" type="submit" ?disabled=${this.busy}>${this.t(this.busy ? 'link.creating' : 'link.submit')}</button></div>
            </form>`
      }
      ${this.liveRegion()}
    </section>`;
  }
}

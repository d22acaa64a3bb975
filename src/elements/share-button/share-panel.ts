import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ShareApp, ShareSessionView, WantedAttribute } from './share-api.js';
import type { ShareSessionController, ShownQrCode } from './share-session-controller.js';
import type { ShareKey } from './strings.js';

/** What the panel needs from its element: the share, its strings, and what its buttons do. */
export interface PanelContext {
  share: ShareSessionController;
  t: (key: ShareKey, params?: Readonly<Record<string, string | number>>) => string;
  has: (key: string) => key is ShareKey;
  /** A "Share details" button that opens the app, instead of a QR code. */
  mobile: boolean;
  /** In the page's flow (no dialog): problems are announced politely too, not as alerts. */
  inPlace: boolean;
  onRetry: () => void;
  /** A close button in the header (the overlay has one; a panel in place has none). */
  onClose?: () => void;
  onHowClick: () => void;
  onHowToggle: (event: ToggleEvent) => void;
  /** The element's one live region: inside the panel, so that a modal overlay's words are heard. */
  liveRegion: TemplateResult;
}

/**
 * What the panel's live region says when the share moves on (`before` is what it was): a code to
 * scan, a fresh code, the end, or what went wrong; nothing when nothing a person needs to hear
 * changed.
 */
export function shareAnnouncement(
  context: Pick<PanelContext, 'share' | 't' | 'mobile'>,
  before: { view: string; qrId?: string },
): string | undefined {
  const { share, t } = context;
  const app = share.session?.app.name ?? '';
  if (share.view === before.view) {
    const refreshed = share.view === 'ready' && share.qr && before.qrId && share.qr.id !== before.qrId;
    return refreshed && !context.mobile ? t('share.refreshing') : undefined;
  }
  switch (share.view) {
    case 'loading':
      return t('share.preparing');
    case 'ready':
      return context.mobile ? t('share.tap') : t('share.scan');
    case 'success':
      return `${t('share.success')}. ${t('share.successBody', { app })}`;
    case 'expired':
      return `${t('share.expired')}. ${t('share.expiredBody')}`;
    case 'failed':
      return `${t('share.failed')}. ${t('share.failedBody', { app })}`;
    case 'error':
      return `${t('share.errorTitle')}. ${share.problem?.message ?? ''}`;
    default:
      return undefined;
  }
}

export const yotiMark = svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"
  stroke-linecap="round" stroke-linejoin="round">
  <circle cx="12" cy="12" r="11" />
  <path d="M7.5 7.5 12 13l4.5-5.5M12 13v4.5" stroke-width="2.2" />
</svg>`;

const closeIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"
  stroke-linecap="round"><path d="M6 6l12 12M18 6 6 18" /></svg>`;

const external = (href: string, label: string, classes = '') =>
  html`<a class=${classes} href=${href} target="_blank" rel="noopener noreferrer">${label}</a>`;

/** "Over 18" for `age_over:18`, the table's name for a known attribute, else the name made readable. */
function attributeLabel(context: PanelContext, wanted: WantedAttribute): string {
  const age = /^age_(over|under):(\d+)$/.exec(wanted.derivation ?? '');
  if (age) return context.t(age[1] === 'over' ? 'attr.age_over' : 'attr.age_under', { age: age[2] ?? '' });
  const key = `attr.${wanted.name}`;
  if (context.has(key)) return context.t(key);
  const words = wanted.name.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function header(context: PanelContext, app: ShareApp | undefined): TemplateResult {
  const name = app?.name ?? '';
  const logo = app?.logoUrl
    ? html`<img class="logo" src=${app.logoUrl} alt="" width="48" height="48" />`
    : app
      ? html`<span class="logo initial" aria-hidden="true">${name.charAt(0).toUpperCase()}</span>`
      : nothing;
  const close = context.onClose
    ? html`<button class="close" type="button" aria-label=${context.t('common.close')} @click=${context.onClose}>
        ${closeIcon}
      </button>`
    : nothing;
  // Not <header>/<footer>: in the overlay those would be landmarks of the page, beside the host's own.
  // Before the application is known (loading, or a share that could not start): what the person chose.
  return html`<div part="header" class="header">${logo}<h2 id="title">${name || context.t('share.label')}</h2>${close}</div>`;
}

function details(context: PanelContext, session: ShareSessionView): TemplateResult | typeof nothing {
  if (session.wanted.length === 0) return nothing;
  return html`<section class="wants" aria-labelledby="wants-title">
    <h3 id="wants-title">${context.t('share.wants', { app: session.app.name })}</h3>
    <ul part="details">
      ${session.wanted.map((wanted) => html`<li>${attributeLabel(context, wanted)}</li>`)}
    </ul>
  </section>`;
}

function qrStage(context: PanelContext, qr: ShownQrCode, appName: string): TemplateResult {
  const { t, share } = context;
  const { size, path } = qr.symbol;
  return html`<div class="stage">
    <strong id="scan-title">${t('share.scan')}</strong>
    <div class="qr ${share.qrStale ? 'stale' : ''}">
      <svg part="qr" viewBox="0 0 ${size} ${size}" role="img" aria-label=${t('share.qrAlt', { app: appName })}
        shape-rendering="crispEdges">
        <path fill="currentColor" d=${path}></path>
      </svg>
      ${
        share.qrStale
          ? html`<div class="refreshing"><div class="spinner" aria-hidden="true"></div>${t('share.refreshing')}</div>`
          : nothing
      }
    </div>
    <p>${t('share.scanHint')}</p>
    ${share.qrStale ? nothing : external(qr.uri, t('share.cantScan'), 'link')}
  </div>`;
}

function mobileStage(context: PanelContext, qr: ShownQrCode): TemplateResult {
  const { t } = context;
  return html`<div class="stage">
    <p>${t('share.tap')}</p>
    <a part="share-link" class="button share" href=${qr.uri} target="_blank" rel="noopener noreferrer">
      ${yotiMark}${t('share.shareDetails')}
    </a>
    <p>${t('share.noApp')}</p>
  </div>`;
}

function outcome(
  context: PanelContext,
  kind: 'success' | 'problem',
  title: string,
  body: string,
  retry: boolean,
): TemplateResult {
  return html`<div class="stage">
    <div class="outcome ${kind}" aria-hidden="true">${kind === 'success' ? '✓' : '!'}</div>
    <strong>${title}</strong>
    <p>${body}</p>
    ${
      retry
        ? html`<button class="button" type="button" @click=${context.onRetry}>${context.t('share.startAgain')}</button>`
        : nothing
    }
  </div>`;
}

function stage(context: PanelContext): TemplateResult {
  const { t, share } = context;
  const app = share.session?.app.name ?? '';
  switch (share.view) {
    case 'idle':
    case 'loading':
      return html`<div class="stage">
        <div class="spinner" aria-hidden="true"></div>
        <p>${t('share.preparing')}</p>
      </div>`;
    case 'ready':
      if (!share.qr) return html`<div class="stage"></div>`;
      return context.mobile ? mobileStage(context, share.qr) : qrStage(context, share.qr, app);
    case 'success':
      return outcome(context, 'success', t('share.success'), t('share.successBody', { app }), false);
    case 'expired':
      return outcome(context, 'problem', t('share.expired'), t('share.expiredBody'), true);
    case 'failed':
      return outcome(context, 'problem', t('share.failed'), t('share.failedBody', { app }), true);
    case 'error':
      return outcome(
        context,
        'problem',
        t('share.errorTitle'),
        share.problem?.message ?? '',
        (share.problem?.retryable ?? true) && !share.retryWait.waiting,
      );
  }
}

function footer(context: PanelContext, app: ShareApp | undefined): TemplateResult {
  const { t } = context;
  const name = app?.name ?? '';
  return html`<div part="footer" class="footer">
    <nav aria-label=${name}>
      ${app?.contactUrl ? external(app.contactUrl, t('share.contact', { app: name })) : nothing}
      ${app?.privacyPolicyUrl ? external(app.privacyPolicyUrl, t('share.privacy')) : nothing}
    </nav>
    <button class="how" type="button" aria-expanded="false" aria-controls="how" @click=${context.onHowClick}>
      ${t('share.howItWorks')}
    </button>
    <div id="how" part="popover" popover="auto" aria-labelledby="how-title" @toggle=${context.onHowToggle}>
      <h3 id="how-title">${t('share.howItWorks')}</h3>
      <ol>
        <li>${t('share.how.1')}</li>
        <li>${name ? t('share.how.2', { app: name }) : t('share.how.2.site')}</li>
        <li>${t('share.how.3')}</li>
      </ol>
      ${external('https://www.yoti.com/', t('share.how.more'), 'link')}
    </div>
  </div>`;
}

/**
 * The share panel: the application, what it asks for, the QR code (or Share details button) or the
 * outcome, the application's links and "How it works". The same in the overlay and in place.
 */
export function sharePanel(context: PanelContext): TemplateResult {
  const { session, view } = context.share;
  const app = view === 'loading' && !session ? undefined : session?.app;
  return html`<div class="sheet">
    ${header(context, app)} ${session && view !== 'error' ? details(context, session) : nothing} ${stage(context)}
    ${footer(context, app)}
    <p class="secured">${yotiMark}${context.t('share.secured')}</p>
    ${context.liveRegion}
  </div>`;
}

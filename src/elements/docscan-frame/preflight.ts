import type { PreflightOffer, PreflightProblem } from '../../core/events.js';

/**
 * What would make the capture fail here, checked before Yoti's page loads, without a permission
 * prompt: the context, the page's Permissions-Policy for the camera, the camera's presence, and the
 * browser by its user-agent marks. What cannot be told is taken as fine (never a false block); the
 * marks are tested in test/browser/docscan-preflight.test.ts.
 */

/** In-app browsers (webviews) where the camera flow breaks, by the marks their user agents carry. */
export const IN_APP_BROWSERS: ReadonlyArray<readonly [name: string, mark: RegExp]> = [
  ['Instagram', /\bInstagram\s\d/],
  ['Facebook', /\bFBA[NV]\/|\bFB_IAB\//],
  ['TikTok', /\bmusical_ly_|\bBytedanceWebview\/|\bTikTok[\s/]\d/],
  ['LinkedIn', /\bLinkedInApp\b/],
  ['WeChat', /\bMicroMessenger\//],
  ['Line', /\bLine\/\d/],
];

/** iOS, where only Safari may run the capture (Yoti's 5007); an iPad asking for desktop pages cannot be told. */
const IOS = /\b(iPhone|iPad|iPod)\b/;
/** The marks of iOS browsers other than Safari: Chrome, Firefox, Edge, Opera, Google's app, Yandex, DuckDuckGo. */
const IOS_OTHER = /\b(CriOS|FxiOS|EdgiOS|OPiOS|OPT|GSA|YaBrowser|DuckDuckGo|Ddg)\//;

/** The browser's marks: an in-app browser, else a non-Safari browser on iOS, else nothing. */
export function browserProblem(userAgent: string): PreflightProblem | undefined {
  if (IN_APP_BROWSERS.some(([, mark]) => mark.test(userAgent))) return 'in-app-browser';
  if (IOS.test(userAgent) && IOS_OTHER.test(userAgent)) return 'ios-not-safari';
  return undefined;
}

/** What a document's policy answers (Chromium's `featurePolicy`, the newer `permissionsPolicy`). */
interface Policy {
  allowsFeature(feature: string): boolean;
}

/** The browser as the preflight reads it; tests give their own. */
export interface PreflightEnvironment {
  secure: boolean;
  userAgent: string;
  policy?: Policy;
  mediaDevices?: Pick<MediaDevices, 'enumerateDevices'>;
  permissions?: Pick<Permissions, 'query'>;
}

export function browserEnvironment(): PreflightEnvironment {
  const doc = document as Document & { permissionsPolicy?: Policy; featurePolicy?: Policy };
  return {
    secure: globalThis.isSecureContext === true,
    userAgent: navigator.userAgent,
    policy: doc.permissionsPolicy ?? doc.featurePolicy,
    mediaDevices: navigator.mediaDevices,
    permissions: navigator.permissions,
  };
}

/** Whether the camera is refused to this page: by its policy, or (where that cannot be read) by a standing denial. */
async function cameraBlocked({ policy, permissions }: PreflightEnvironment): Promise<boolean> {
  try {
    if (policy) return !policy.allowsFeature('camera');
    // No prompt: a query only reads what is already decided ('camera' is unknown to some browsers).
    return (await permissions?.query({ name: 'camera' as PermissionName }))?.state === 'denied';
  } catch {
    return false;
  }
}

/** Whether this device has no camera at all (no prompt: the devices' kinds are listed without their labels). */
async function noCamera({ mediaDevices }: PreflightEnvironment): Promise<boolean> {
  if (!mediaDevices) return true;
  try {
    return !(await mediaDevices.enumerateDevices()).some((device) => device.kind === 'videoinput');
  } catch {
    return false;
  }
}

/** Every problem found, the browser's first; an insecure page is not asked about its camera (it has none to give). */
export async function preflightProblems(
  env: PreflightEnvironment = browserEnvironment(),
): Promise<PreflightProblem[]> {
  const problems: PreflightProblem[] = [];
  const browser = browserProblem(env.userAgent);
  if (browser) problems.push(browser);
  if (!env.secure) problems.push('insecure-context');
  else if (await cameraBlocked(env)) problems.push('camera-blocked');
  else if (await noCamera(env)) problems.push('no-camera');
  return problems;
}

/**
 * The ways forward for `problems`, best first, given what the session allows: on a phone's in-app
 * or non-Safari browser, the page in the right browser; elsewhere a phone (the session's handoff);
 * photos uploaded where no camera is needed; and trying anyway where the check may be wrong or
 * nothing else is offered, so there is always a way on.
 */
export function offersFor(
  problems: readonly PreflightProblem[],
  allows: { handoff?: boolean; upload?: boolean },
): PreflightOffer[] {
  const onPhone = problems.includes('in-app-browser') || problems.includes('ios-not-safari');
  const offers: PreflightOffer[] = [];
  if (onPhone) offers.push('open-in-browser');
  else if (allows.handoff) offers.push('handoff');
  if (allows.upload && !problems.includes('ios-not-safari')) offers.push('upload');
  const unsure = problems.includes('no-camera') || problems.includes('in-app-browser');
  if (unsure || offers.length === 0) offers.push('continue');
  return offers;
}

/** How the share overlay offers the share: a QR code to scan, or a button that opens the app. */
export type ShareMode = 'desktop' | 'mobile';
export type ShareModeSetting = ShareMode | 'auto';

/** The parts of `navigator` that device detection reads; tests pass their own. */
export interface DeviceHints {
  userAgent: string;
  platform?: string;
  maxTouchPoints?: number;
  userAgentData?: { mobile?: boolean };
}

const handheld = /Android|iPhone|iPad|iPod|Windows Phone|webOS|BlackBerry|Opera Mini|IEMobile|Mobile/i;

/**
 * Whether this browser runs on a phone or tablet, where the Yoti app is on the same device and a
 * QR code on screen cannot be scanned. iPadOS reports itself as a Mac, so touch points tell it apart.
 */
export function isHandheld(hints: DeviceHints | undefined = globalThis.navigator): boolean {
  if (!hints) return false;
  if (typeof hints.userAgentData?.mobile === 'boolean' && hints.userAgentData.mobile) return true;
  if (handheld.test(hints.userAgent)) return true;
  return hints.platform === 'MacIntel' && (hints.maxTouchPoints ?? 0) > 1;
}

/** Resolves the `mode` attribute: `desktop` and `mobile` force a mode; anything else detects it. */
export function resolveShareMode(setting: string | null | undefined, hints?: DeviceHints): ShareMode {
  if (setting === 'desktop' || setting === 'mobile') return setting;
  return isHandheld(hints) ? 'mobile' : 'desktop';
}

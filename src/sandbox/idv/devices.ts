/**
 * The devices that worked on a session, as `GET /sessions/{id}/tracked-devices` lists them: an
 * event each time the IDV page loaded the session or the person captured, with what the browser's
 * User-Agent says of it (the address is the loopback's: the sandbox runs on this machine).
 */

type Json = Record<string, unknown>;

export interface DeviceEvent {
  event: string;
  created: string;
  device: Json;
}

/** What a User-Agent tells of a device: its browser and system, roughly. */
export function deviceOf(userAgent: string, address: string, locale?: string): Json {
  const browser =
    /(Edg|Firefox|Chrome|Safari)\/([\d.]+)/.exec(userAgent) ??
    (/HeadlessChrome\/([\d.]+)/.exec(userAgent) ? ['', 'Chrome', ''] : null);
  const system = /(Android|iPhone OS|Mac OS X|Windows NT|Linux)[ _]?([\d._]*)/.exec(userAgent);
  return {
    ip_address: address,
    ip_iso_country_code: 'GBR',
    manufacture_name: /iPhone|Mac/.test(userAgent) ? 'Apple' : 'SANDBOX',
    model_name: /Mobile/.test(userAgent) ? 'Phone' : 'Computer',
    os_name: system?.[1] ?? 'unknown',
    os_version: (system?.[2] ?? '').replaceAll('_', '.'),
    browser_name: browser?.[1] === 'Edg' ? 'Edge' : (browser?.[1] ?? 'unknown'),
    browser_version: browser?.[2] ?? '',
    locale: locale ?? 'en-GB',
    client_version: 'sandbox',
  };
}

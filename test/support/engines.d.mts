export type Engine = 'chromium' | 'firefox' | 'webkit';
export const ENGINES: Engine[];
export function wantedEngines(value?: string): Engine[];
export function findFirefox(): string | undefined;
export function findWebKit(): { driver: string; browser: string } | undefined;
export const HOW_TO_GET: { firefox: string; webkit: string };
export function firefoxLaunchOptions(): {
  browser: 'firefox';
  protocol: 'webDriverBiDi';
  executablePath: string;
  headless: boolean;
  extraPrefsFirefox: Record<string, unknown>;
};
export interface WebKitDriver {
  /** webdriverio's remote() options for a MiniBrowser session on the started driver. */
  options: {
    hostname: string;
    port: number;
    path: string;
    logLevel: 'error';
    capabilities: {
      browserName: 'MiniBrowser';
      'wdio:enforceWebDriverClassic': true;
      'webkitgtk:browserOptions': { binary: string; args: string[] };
    };
  };
  /** Ends the driver (and its virtual screen). */
  stop(): Promise<void>;
}
export function startWebKitDriver(): Promise<WebKitDriver>;

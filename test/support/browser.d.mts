export interface FoundChromium {
  path: string;
  from: string;
}
export function findChromium(): FoundChromium | undefined;
export const HOW_TO_GET_CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
export function chromiumLaunchOptions(): { executablePath: string; args: string[] };

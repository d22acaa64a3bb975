import type { YotiHandlerOptions } from 'yoti-elements/server';

export declare const yotiOptions: () => YotiHandlerOptions;

/**
 * yoti-elements/react: React components for the three elements, with typed `onYoti*` event props.
 * Importing this module registers the tags (guarded).
 *
 *   <YotiShareButton redirectUri="/welcome" onYotiSuccess={(e) => send(e.detail.receiptId)} />
 */
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import { defineElement } from '../core/define.js';
import type {
  YotiCloseDetail,
  YotiErrorDetail,
  YotiFrameEventDetail,
  YotiPreflightDetail,
  YotiStatusDetail,
  YotiSuccessDetail,
} from '../core/events.js';
import { YotiDocScanFrame as DocScanFrameElement } from '../elements/docscan-frame/docscan-frame.js';
import { YotiIdvStatus as IdvStatusElement } from '../elements/idv-status/idv-status.js';
import { YotiShareButton as ShareButtonElement } from '../elements/share-button/share-button.js';

defineElement(ShareButtonElement);
defineElement(DocScanFrameElement);
defineElement(IdvStatusElement);

const event = <T>(name: string) => name as EventName<CustomEvent<T>>;

export const YotiShareButton = createComponent({
  react: React,
  tagName: 'yoti-share-button',
  elementClass: ShareButtonElement,
  events: {
    onYotiOpen: event<Record<string, never>>('yoti-open'),
    onYotiClose: event<YotiCloseDetail>('yoti-close'),
    onYotiSuccess: event<YotiSuccessDetail>('yoti-success'),
    onYotiError: event<YotiErrorDetail>('yoti-error'),
  },
});

export const YotiDocScanFrame = createComponent({
  react: React,
  tagName: 'yoti-docscan-frame',
  elementClass: DocScanFrameElement,
  events: {
    onYotiReady: event<Record<string, never>>('yoti-ready'),
    onYotiPreflight: event<YotiPreflightDetail>('yoti-preflight'),
    onYotiSuccess: event<YotiSuccessDetail>('yoti-success'),
    onYotiError: event<YotiErrorDetail>('yoti-error'),
    onYotiEvent: event<YotiFrameEventDetail>('yoti-event'),
  },
});

export const YotiIdvStatus = createComponent({
  react: React,
  tagName: 'yoti-idv-status',
  elementClass: IdvStatusElement,
  events: {
    onYotiStatus: event<YotiStatusDetail>('yoti-status'),
    onYotiError: event<YotiErrorDetail>('yoti-error'),
  },
});

// Type test for yoti-elements/react, checked by `npm run typecheck`: event props are typed.
import { createElement } from 'react';
import { YotiDocScanFrame, YotiIdvStatus, YotiShareButton } from '../../src/react/index.js';

createElement(YotiShareButton, {
  redirectUri: '/welcome',
  mode: 'desktop',
  onYotiSuccess: (event) => {
    const receipt: string | undefined = event.detail.receiptId;
    // @ts-expect-error a success has no code
    void event.detail.code;
    void receipt;
  },
  onYotiClose: (event) => void event.detail.reason,
});

createElement(YotiDocScanFrame, {
  endpoint: '/yoti',
  launch: 'handshake',
  onYotiError: (event) => {
    const retryable: boolean = event.detail.retryable;
    void retryable;
  },
});

createElement(YotiIdvStatus, {
  sessionId: 'abc',
  pollInterval: 2000,
  onYotiStatus: (event) => {
    // @ts-expect-error state is a string union, not a number
    const state: number = event.detail.state;
    void state;
  },
});

// @ts-expect-error mode is 'auto' | 'desktop' | 'mobile'
createElement(YotiShareButton, { mode: 'tablet' });

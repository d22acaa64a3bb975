'use client';
// docs/frameworks.md's Next.js client component. On a server-rendered page React attaches a plain tag's
// listeners only when it renders on the client, not when it hydrates the server's HTML, so the
// page uses the wrappers of yoti-elements/react (their listeners are set up after hydration).
import { useState } from 'react';
import { YotiShareButton } from 'yoti-elements/react';

export function Verify() {
  const [receipt, setReceipt] = useState<string>();
  return (
    <>
      <YotiShareButton
        endpoint="/yoti"
        onYotiSuccess={(event) => {
          event.preventDefault();
          setReceipt(event.detail.receiptId);
        }}
      />
      <p id="result" role="status">
        {receipt ? `Receipt: ${receipt}` : ''}
      </p>
    </>
  );
}

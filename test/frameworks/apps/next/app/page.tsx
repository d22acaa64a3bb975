// A server component: the page is rendered by Next, the share button inside a client component.
import { Verify } from './verify';

export default function Page() {
  return (
    <main>
      <h1>Framework Shop</h1>
      <Verify />
    </main>
  );
}

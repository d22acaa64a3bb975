import { expect, fixture, html } from '@open-wc/testing';
import {
  css,
  type PropertyDeclarations,
  type PropertyValues,
  ReactiveElement,
} from '../../src/core/reactive-element.js';

/** A test element that records each update and what changed in it. */
class TestElement extends ReactiveElement {
  static override styles = [css`:host { display: block; color: rgb(1, 2, 3); }`];
  static override properties: PropertyDeclarations = {
    name: {},
    count: { attribute: 'item-count', type: Number },
    mode: { reflect: true },
    data: { attribute: false },
    open: { state: true },
  };

  name?: string;
  count = 5;
  mode = 'auto';
  data?: object;
  open = false;
  /** Extra state computed in willUpdate, in the same update. */
  doubled = 0;
  /** What changed, as each update's willUpdate saw it. */
  updates: Array<Map<PropertyKey, unknown>> = [];

  protected override willUpdate(changed: PropertyValues): void {
    this.updates.push(new Map(changed));
    if (changed.has('count')) this.doubled = this.count * 2;
    if (changed.has('name') && this.name === 'open me') this.open = true;
  }

  protected override update(root: ShadowRoot): void {
    root.textContent = `${this.name ?? ''}:${this.count}:${this.mode}:${this.open}`;
  }
}

customElements.define('test-reactive', TestElement);

declare global {
  interface HTMLElementTagNameMap {
    'test-reactive': TestElement;
  }
}

describe('ReactiveElement', () => {
  it('renders once connected, with its attributes read and its styles adopted', async () => {
    const el = await fixture<TestElement>(html`<test-reactive name="Ada" item-count="7"></test-reactive>`);
    expect(el.hasUpdated).to.equal(true);
    expect(el.shadowRoot!.textContent).to.equal('Ada:7:auto:false');
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
    expect(el.updates).to.have.length(1);
    expect(TestElement.observedAttributes.sort()).to.deep.equal(['item-count', 'mode', 'name']);
  });

  it('batches property changes into one update, with the previous values', async () => {
    const el = await fixture<TestElement>(html`<test-reactive name="Ada"></test-reactive>`);
    el.updates = [];
    el.name = 'Grace';
    el.count = 9;
    el.count = 10;
    el.data = { a: 1 };
    await el.updateComplete;
    expect(el.updates).to.have.length(1);
    expect([...el.updates[0]!.entries()]).to.deep.equal([
      ['name', 'Ada'],
      ['count', 5],
      ['data', undefined],
    ]);
    expect(el.doubled).to.equal(20);
    expect(el.shadowRoot!.textContent).to.equal('Grace:10:auto:false');
  });

  it('makes no update for a value set again unchanged', async () => {
    const el = await fixture<TestElement>(html`<test-reactive name="Ada"></test-reactive>`);
    el.updates = [];
    el.name = 'Ada';
    await el.updateComplete;
    expect(el.updates).to.have.length(0);
  });

  it('includes what willUpdate changes in the same update', async () => {
    const el = await fixture<TestElement>(html`<test-reactive></test-reactive>`);
    el.updates = [];
    el.name = 'open me';
    await el.updateComplete;
    expect(el.updates).to.have.length(1);
    expect(el.shadowRoot!.textContent).to.equal('open me:5:auto:true');
  });

  it('reads numbers, and restores the default when an attribute is removed or unreadable', async () => {
    const el = await fixture<TestElement>(
      html`<test-reactive item-count="3" mode="desktop"></test-reactive>`,
    );
    expect(el.count).to.equal(3);
    el.setAttribute('item-count', 'many');
    expect(el.count).to.equal(5);
    el.setAttribute('item-count', '12');
    expect(el.count).to.equal(12);
    el.removeAttribute('item-count');
    el.removeAttribute('mode');
    expect(el.count).to.equal(5);
    expect(el.mode).to.equal('auto');
  });

  it('reflects a reflected property to its attribute, without looping back', async () => {
    const el = await fixture<TestElement>(html`<test-reactive></test-reactive>`);
    el.updates = [];
    el.mode = 'mobile';
    await el.updateComplete;
    expect(el.getAttribute('mode')).to.equal('mobile');
    expect(el.updates).to.have.length(1);
    el.name = 'x';
    await el.updateComplete;
    expect(el.hasAttribute('name'), 'not reflected').to.equal(false);
  });

  it('keeps properties a framework set before the element was defined', async () => {
    const early = document.createElement('test-late') as TestElement;
    Object.assign(early, { name: 'early', count: 42, data: { id: 1 } });
    document.body.append(early);
    class LateElement extends TestElement {}
    customElements.define('test-late', LateElement);
    await early.updateComplete;
    expect(early.name).to.equal('early');
    expect(early.count).to.equal(42);
    expect(early.data).to.deep.equal({ id: 1 });
    expect(early.shadowRoot!.textContent).to.equal('early:42:auto:false');
    early.remove();
  });

  it('tells its controllers when it is connected and disconnected', async () => {
    const el = await fixture<TestElement>(html`<test-reactive></test-reactive>`);
    const calls: string[] = [];
    el.addController({
      hostConnected: () => calls.push('connected'),
      hostDisconnected: () => calls.push('disconnected'),
    });
    expect(calls, 'added while connected').to.deep.equal(['connected']);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    expect(calls).to.deep.equal(['connected', 'disconnected', 'connected']);
  });

  it('waits for the first connection before its first update', async () => {
    const el = document.createElement('test-reactive');
    el.name = 'later';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(el.hasUpdated).to.equal(false);
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('later:5:auto:false');
    el.remove();
  });
});

/**
 * The reactive base of the elements: declared properties backed by attributes, batched
 * asynchronous updates of an open shadow root, styles adopted as constructable stylesheets, and
 * controllers tied to connection. It keeps the part of Lit's ReactiveElement API these elements
 * use (`static properties`, `requestUpdate`, `willUpdate`, `update`, `updateComplete`,
 * `hasUpdated`, `addController`) in about 1 kB gzipped, where LitElement is 6 kB; the size budgets
 * (issue 9) leave no room for more. Elements with templates render them with lit-html in `update`.
 */

/** How a property is declared in `static properties`. */
export interface PropertyDeclaration {
  /** The attribute it follows: default its name lowercased; `false` for none (objects, functions). */
  readonly attribute?: string | false;
  /** `Number` reads the attribute as a number; anything else reads it as text. */
  readonly type?: NumberConstructor;
  /** Written back to the attribute when it changes. */
  readonly reflect?: boolean;
  /** Internal state: re-renders on change, no attribute. */
  readonly state?: boolean;
}

export type PropertyDeclarations = Readonly<Record<string, PropertyDeclaration>>;

/** The properties that changed since the last render, with their previous values. */
export type PropertyValues = Map<PropertyKey, unknown>;

/** Something with a life tied to its host's connection, such as a poller. */
export interface ReactiveController {
  hostConnected?(): void;
  hostDisconnected?(): void;
}

export interface ReactiveControllerHost {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
}

/** A stylesheet, made once per page on first use (so importing it in Node touches nothing). */
export class Styles {
  #sheet?: CSSStyleSheet;
  constructor(readonly cssText: string) {}

  get styleSheet(): CSSStyleSheet {
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      this.#sheet.replaceSync(this.cssText);
    }
    return this.#sheet;
  }
}

/** Styles from a template literal without interpolations (so nothing untrusted reaches CSS). */
export const css = (strings: TemplateStringsArray): Styles => new Styles(strings.join(''));

interface Declared {
  name: string;
  declaration: PropertyDeclaration;
}

/** Per class: its declared properties by attribute name, and by property name. */
const finalized = new WeakMap<
  object,
  { attributes: Map<string, Declared>; properties: Map<string, Declared> }
>();

// In Node (server-side rendering, tests) there is no HTMLElement: the classes still load.
const HTMLElementBase = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

export abstract class ReactiveElement extends HTMLElementBase implements ReactiveControllerHost {
  static properties: PropertyDeclarations = {};
  static styles: Styles[] = [];

  static get observedAttributes(): string[] {
    return [...this.finalize().attributes.keys()];
  }

  /** Defines an accessor on the prototype for each property declared along the class chain. */
  protected static finalize() {
    let own = finalized.get(this);
    if (own) return own;
    own = { attributes: new Map(), properties: new Map() };
    const chain: (typeof ReactiveElement)[] = [];
    for (let ctor = this; ctor !== ReactiveElement; ctor = Object.getPrototypeOf(ctor)) chain.unshift(ctor);
    for (const ctor of chain) {
      if (!Object.hasOwn(ctor, 'properties')) continue;
      for (const [name, declaration] of Object.entries(ctor.properties)) {
        const declared = { name, declaration };
        own.properties.set(name, declared);
        if (!declaration.state && declaration.attribute !== false) {
          own.attributes.set(declaration.attribute ?? name.toLowerCase(), declared);
        }
        Object.defineProperty(this.prototype, name, {
          get(this: ReactiveElement) {
            return this.#values.get(name);
          },
          set(this: ReactiveElement, value: unknown) {
            const old = this.#values.get(name);
            if (Object.is(old, value)) return;
            this.#values.set(name, value);
            this.requestUpdate(name, old);
          },
          configurable: true,
          enumerable: true,
        });
      }
    }
    finalized.set(this, own);
    return own;
  }

  /** Whether the element has rendered once. */
  hasUpdated = false;

  #values = new Map<string, unknown>();
  /** Each property's value before any attribute was read: what removing its attribute restores. */
  #defaults?: Map<string, unknown>;
  /** Properties a framework set before the element was upgraded, applied on the first update. */
  #early?: Map<string, unknown>;
  #changed: PropertyValues = new Map();
  #pending = false;
  #enable!: (value?: unknown) => void;
  /** Resolves when the pending update is done; the first one waits for the first connection. */
  #update: Promise<unknown> = new Promise((resolve) => {
    this.#enable = resolve;
  });
  #controllers = new Set<ReactiveController>();
  #reflecting?: string;

  constructor() {
    super();
    const { properties } = (this.constructor as typeof ReactiveElement).finalize();
    for (const name of properties.keys()) {
      if (!Object.hasOwn(this, name)) continue;
      this.#early ??= new Map();
      this.#early.set(name, Reflect.get(this, name));
      Reflect.deleteProperty(this, name);
    }
    this.requestUpdate();
  }

  get #declared() {
    return (this.constructor as typeof ReactiveElement).finalize();
  }

  connectedCallback(): void {
    this.#defaults ??= new Map(this.#values);
    if (!this.shadowRoot) {
      this.attachShadow({ mode: 'open' }).adoptedStyleSheets = (
        this.constructor as typeof ReactiveElement
      ).styles.map((styles) => styles.styleSheet);
    }
    this.#enable();
    for (const controller of this.#controllers) controller.hostConnected?.();
  }

  disconnectedCallback(): void {
    for (const controller of this.#controllers) controller.hostDisconnected?.();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const declared = this.#declared.attributes.get(attribute);
    if (!declared || this.#reflecting === attribute) return;
    this.#defaults ??= new Map(this.#values);
    let next: unknown = value;
    if (declared.declaration.type === Number)
      next = value === null || value.trim() === '' ? NaN : Number(value);
    if (value === null || Number.isNaN(next)) next = this.#defaults.get(declared.name);
    Reflect.set(this, declared.name, next);
  }

  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  /** Schedules a render (once per microtask, however many properties change). */
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, oldValue);
    if (this.#pending) return;
    this.#pending = true;
    this.#update = this.#enqueue(this.#update);
  }

  /** Resolves when no render is pending, with true. */
  get updateComplete(): Promise<boolean> {
    return this.#update.then(() => (this.#pending ? this.updateComplete : true));
  }

  async #enqueue(previous: Promise<unknown>): Promise<void> {
    try {
      await previous;
    } catch {
      // The previous update's error went to whoever awaited it; this one still runs.
    }
    await this.scheduleUpdate();
    this.#performUpdate();
  }

  /** Called before each render; may return a promise to wait for (such as a string table). */
  protected scheduleUpdate(): Promise<unknown> | undefined {
    return undefined;
  }

  #performUpdate(): void {
    if (this.#early) {
      for (const [name, value] of this.#early) Reflect.set(this, name, value);
      this.#early = undefined;
    }
    const changed = this.#changed;
    try {
      this.willUpdate(changed);
      for (const name of changed.keys()) this.#reflect(name as string);
      this.update(this.shadowRoot as ShadowRoot);
      this.hasUpdated = true;
    } finally {
      this.#changed = new Map();
      this.#pending = false;
    }
  }

  #reflect(name: string): void {
    const declared = this.#declared.properties.get(name);
    if (!declared?.declaration.reflect) return;
    const attribute = declared.declaration.attribute || name.toLowerCase();
    const value = this.#values.get(name);
    this.#reflecting = attribute;
    if (value == null) this.removeAttribute(attribute);
    else this.setAttribute(attribute, String(value));
    this.#reflecting = undefined;
  }

  /** Before each render, with what changed: compute state from properties here. */
  protected willUpdate(_changed: PropertyValues): void {}

  /** Brings the shadow root up to date with the properties (changing them here starts no update). */
  protected abstract update(root: ShadowRoot): void;
}

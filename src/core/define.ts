/** A custom element class that says which yoti-elements version it comes from, and its tag. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version: string;
}

export interface TaggedElement extends VersionedElement {
  readonly tag: string;
}

/**
 * Registers `tag` once. A second registration (the script loaded twice, or two bundles that
 * both carry yoti-elements) is harmless: it is skipped, with a warning when the versions differ,
 * because the first definition wins and the page will run that one.
 * Does nothing where there is no custom element registry (Node, server-side rendering).
 */
export function define(tag: string, ctor: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Partial<VersionedElement> | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return;
  }
  if (existing !== ctor && existing.version !== ctor.version) {
    console.warn(
      `yoti-elements: <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
        `version ${ctor.version} was not registered. Load yoti-elements once per page.`,
    );
  }
}

/** Registers an element class under its own tag (guarded, as define()). */
export function defineElement(ctor: TaggedElement): void {
  define(ctor.tag, ctor);
}

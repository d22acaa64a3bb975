import type { ComplexAttributeConverter } from 'lit';

/**
 * Attribute converters that validate at the edge and keep a property's documented default. Lit
 * gives `null` for a removed attribute and `NaN` for an unreadable number; these give the default
 * instead, so that removing `endpoint` means `/yoti` again, as it did before it was set.
 */

/** Text; an absent or blank attribute gives `fallback`. */
export const textOr = (fallback: string): ComplexAttributeConverter<string> => ({
  fromAttribute: (value) => (value?.trim() ? value : fallback),
});

/** One of `allowed`; anything else gives `fallback`. */
export const oneOfOr = <T extends string>(
  allowed: readonly T[],
  fallback: T,
): ComplexAttributeConverter<T> => ({
  fromAttribute: (value) =>
    (allowed as readonly (string | null)[]).includes(value) ? (value as T) : fallback,
});

/** A finite number; an absent, blank or unreadable attribute gives `fallback`. */
export const numberOr = <F extends number | undefined>(
  fallback: F,
): ComplexAttributeConverter<number | F> => ({
  fromAttribute: (value) => {
    const number = value?.trim() ? Number(value) : Number.NaN;
    return Number.isFinite(number) ? number : fallback;
  },
});

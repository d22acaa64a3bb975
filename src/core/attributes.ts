import type { ComplexAttributeConverter } from 'lit';

/**
 * Attribute converters that validate at the edge: an attribute that cannot be used reads as
 * `null`, so that a property declared with Lit's `useDefault: true` keeps its documented default
 * (removing `endpoint` means `/yoti` again, and `poll-interval="soon"` means the usual interval).
 */

/** Text; a blank attribute reads as absent. */
export const nonBlank: ComplexAttributeConverter<string | null> = {
  fromAttribute: (value) => (value?.trim() ? value : null),
};

/** One of `allowed`; anything else reads as absent. */
export const oneOfValues = <T extends string>(
  allowed: readonly T[],
): ComplexAttributeConverter<T | null> => ({
  fromAttribute: (value) => ((allowed as readonly (string | null)[]).includes(value) ? (value as T) : null),
});

/** A finite number; a blank or unreadable attribute reads as absent. */
export const finiteNumber: ComplexAttributeConverter<number | null> = {
  fromAttribute: (value) => {
    const number = value?.trim() ? Number(value) : Number.NaN;
    return Number.isFinite(number) ? number : null;
  },
};

/**
 * Locks the page's scroll while any overlay is open (counted, so two overlays nest), padding the
 * page by the scrollbar's width so that nothing shifts when the scrollbar goes. CSSOM writes only:
 * they are allowed under a strict Content Security Policy, where a style attribute is not.
 */
let locks = 0;
let saved: { overflow: string; paddingRight: string } | undefined;

export function lockScroll(): void {
  locks += 1;
  if (locks > 1) return;
  const root = document.documentElement;
  const scrollbar = window.innerWidth - root.clientWidth;
  saved = { overflow: root.style.overflow, paddingRight: root.style.paddingRight };
  if (scrollbar > 0) {
    const padding = Number.parseFloat(getComputedStyle(root).paddingRight) || 0;
    root.style.paddingRight = `${padding + scrollbar}px`;
  }
  root.style.overflow = 'hidden';
}

export function unlockScroll(): void {
  if (locks === 0) return;
  locks -= 1;
  if (locks > 0 || !saved) return;
  const root = document.documentElement;
  root.style.overflow = saved.overflow;
  root.style.paddingRight = saved.paddingRight;
  saved = undefined;
}

/** The class that, while printing, hides everything on the page but the element marked `print-only-target`. */
const PRINTING_ONE_PART = 'printing-one-part';

/**
 * Prints one part of the screen (the recovery key) and nothing else: not the navigation, not the
 * banners that name breaches, not the rest of the Security page. The mark stays until the print
 * dialog closes.
 */
export function printOnly(target: HTMLElement): void {
  const root = document.documentElement;
  for (const marked of document.querySelectorAll('.print-only-target')) marked.classList.remove('print-only-target');
  target.classList.add('print-only-target');
  root.classList.add(PRINTING_ONE_PART);
  window.addEventListener(
    'afterprint',
    () => {
      root.classList.remove(PRINTING_ONE_PART);
      target.classList.remove('print-only-target');
    },
    { once: true },
  );
  window.print();
}

import { focusMain, MAIN_ID } from './focus-heading';

/** The first thing Tab reaches: straight past the navigation to the screen's own content. */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        // The address's # is the route: a plain jump would leave the screen.
        event.preventDefault();
        focusMain();
      }}
    >
      Skip to the main content
    </a>
  );
}

/**
 * Child process for the two-process tests: the real browser-preview entry point
 * (`npm run start:browser`), with its command-line arguments passed through.
 */
import '../../../../electron/preview/start-preview';

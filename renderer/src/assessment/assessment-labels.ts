/** The advice's words come from the one vocabulary (shared/labels.ts); kept here so the screens' imports stay short. */
export {
  EXCEPTION_LABELS,
  PUBLIC_NOTICE_TEXT,
  REPORT_LABELS,
  RISK_LEVEL_LABELS,
  SEVERITY_BAND_LABELS,
  TELL_LABELS,
  tellPeopleText,
} from '../../../shared/labels';

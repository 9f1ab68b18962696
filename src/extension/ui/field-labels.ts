/** The locale message naming each field of an article, wherever the interface names one. */
import type { FieldName } from '../../core/article';

export const FIELD_LABELS: Record<FieldName, string> = {
  title: 'fieldTitle',
  date: 'fieldDate',
  source: 'fieldSource',
  editor: 'fieldEditor',
  author: 'fieldReporter',
  reviewer: 'fieldReviewer',
  site: 'fieldSite',
};

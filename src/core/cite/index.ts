/**
 * Citations: an Article becomes one CSL-JSON record, and every style and export is rendered from that record.
 * Used by the popup, the copy menus and the CLI alike.
 */
export { articleToCsl, type CslItem, type CslName, type CslDate, type CslType } from './csl';
export {
  citationStyles,
  formatChicagoNote,
  formatCitation,
  formatCitationHtml,
  formatCslJson,
  formatCslJsonList,
  isCitationStyle,
  type CitationStyle,
} from './styles';
export { clipboardFlavours } from './clipboard';

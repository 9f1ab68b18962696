/** The library's exports as files: a bibliography, Markdown files in a zip, or JSON Lines. */
import {
  BIBLIOGRAPHY_FORMATS,
  type BibliographyFormat,
  bibliography,
  jsonLines,
  markdownFiles,
  zipFolder,
} from '../../../core/library/export';
import type { SavedVersion } from '../../../core/library/saved';

export const EXPORT_FORMATS = [...BIBLIOGRAPHY_FORMATS, 'markdown', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const EXTENSIONS: Record<ExportFormat, string> = {
  gbt7714: 'txt',
  bibtex: 'bib',
  ris: 'ris',
  'csl-json': 'json',
  markdown: 'zip',
  jsonl: 'jsonl',
};

const TYPES: Record<ExportFormat, string> = {
  gbt7714: 'text/plain;charset=utf-8',
  bibtex: 'application/x-bibtex;charset=utf-8',
  ris: 'application/x-research-info-systems;charset=utf-8',
  'csl-json': 'application/vnd.citationstyles.csl+json;charset=utf-8',
  markdown: 'application/zip',
  jsonl: 'application/jsonl;charset=utf-8',
};

const EXPORT_NAME = 'qingdu-library';

function isBibliography(format: ExportFormat): format is BibliographyFormat {
  return (BIBLIOGRAPHY_FORMATS as readonly string[]).includes(format);
}

export function exportFile(format: ExportFormat, versions: readonly SavedVersion[]): { name: string; data: Blob } {
  const name = `${EXPORT_NAME}.${EXTENSIONS[format]}`;
  const type = TYPES[format];
  if (isBibliography(format))
    return {
      name,
      data: new Blob(
        [
          bibliography(
            versions.map((v) => v.csl),
            format,
          ),
        ],
        { type },
      ),
    };
  if (format === 'jsonl') return { name, data: new Blob([jsonLines(versions)], { type }) };
  const zip = zipFolder(EXPORT_NAME, markdownFiles(versions));
  return { name, data: new Blob([zip.slice().buffer as ArrayBuffer], { type }) };
}

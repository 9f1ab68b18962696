/**
 * The options page's conversion section: corner quotation marks, the reader view's marks, and the reader's own
 * phrases for each direction, edited, imported and exported as text (one `from to` pair a line).
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReaderPhrase } from '../../../convert/types';
import { type ConversionSettings, phrasesFromText, phrasesToText } from '../../conversion-settings';
import { useT } from '../i18n';

type Direction = keyof ConversionSettings['phrases'];

const DIRECTIONS: { direction: Direction; label: string; file: string }[] = [
  { direction: 'toTraditional', label: 'optionsPhrasesToTraditional', file: 'qingdu-phrases-to-traditional.txt' },
  { direction: 'toSimplified', label: 'optionsPhrasesToSimplified', file: 'qingdu-phrases-to-simplified.txt' },
];

export function ConversionOptions({
  conversion,
  save,
  setStatus,
}: {
  conversion: ConversionSettings;
  save: (change: (current: ConversionSettings) => ConversionSettings) => Promise<void>;
  setStatus: (status: string) => void;
}) {
  const t = useT();
  return (
    <section aria-labelledby="conversion-heading">
      <h2 id="conversion-heading">{t('optionsConversion')}</h2>
      <label class="row">
        <input
          type="checkbox"
          data-setting="cornerQuotes"
          checked={conversion.cornerQuotes}
          onChange={(e) => {
            const cornerQuotes = e.currentTarget.checked;
            void save((c) => ({ ...c, cornerQuotes }));
          }}
        />
        <span>{t('optionsCornerQuotes')}</span>
      </label>
      <label class="row">
        <input
          type="checkbox"
          data-setting="markChoices"
          checked={conversion.markChoices}
          onChange={(e) => {
            const markChoices = e.currentTarget.checked;
            void save((c) => ({ ...c, markChoices }));
          }}
        />
        <span>{t('optionsMarkChoices')}</span>
      </label>
      <p class="muted">{t('optionsPhrasesNote')}</p>
      {DIRECTIONS.map(({ direction, label, file }) => (
        <PhraseList
          key={direction}
          direction={direction}
          label={t(label)}
          file={file}
          phrases={conversion.phrases[direction]}
          onSave={(phrases) => save((c) => ({ ...c, phrases: { ...c.phrases, [direction]: phrases } }))}
          setStatus={setStatus}
        />
      ))}
    </section>
  );
}

function PhraseList({
  direction,
  label,
  file,
  phrases,
  onSave,
  setStatus,
}: {
  direction: Direction;
  label: string;
  file: string;
  phrases: ReaderPhrase[];
  onSave: (phrases: ReaderPhrase[]) => Promise<void>;
  setStatus: (status: string) => void;
}) {
  const t = useT();
  const stored = phrasesToText(phrases);
  const [text, setText] = useState(stored);
  // Follows what is stored (loaded, saved, imported), not every new copy of the same phrases.
  useEffect(() => setText(stored), [stored]);

  const saveText = async (value: string) => {
    const { phrases: read, rejected } = phrasesFromText(value);
    await onSave(read);
    if (rejected.length) setStatus(t('optionsPhrasesRejected', [rejected.length, rejected[0]!]));
  };
  const importFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    const value = await chosen.text();
    setText(value);
    await saveText(value);
    input.value = '';
  };
  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([`${phrasesToText(phrases)}\n`], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <div class="phrases" data-phrases={direction}>
      <label>
        <span>{label}</span>
        <textarea rows={5} spellcheck={false} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <div class="row">
        <button type="button" data-action="save-phrases" onClick={() => void saveText(text)}>
          {t('optionsPhrasesSave')}
        </button>
        <label class="file-button">
          <span>{t('optionsPhrasesImport')}</span>
          <input type="file" accept=".txt,text/plain" onChange={(e) => void importFile(e.currentTarget)} />
        </label>
        <button type="button" data-action="export-phrases" onClick={exportFile}>
          {t('optionsPhrasesExport')}
        </button>
      </div>
    </div>
  );
}

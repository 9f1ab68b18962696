/**
 * Formulations over time for the articles in the selection: the reader picks slogans to chart by month (a point shows
 * its articles), and a table says when each formulation first appeared in what was saved.
 */
import { useMemo, useState } from 'preact/hooks';
import { commonSlogans, firstAppearances, sloganTimeline } from '../../../core/library/formulations';
import type { LibraryEntry } from '../../../core/library/saved';
import { useT } from '../i18n';
import { TimelineChart } from './Chart';

/** Formulations offered to chart, the most widespread first. */
const OFFERED = 12;
/** Charted until the reader picks: the most widespread few. */
const CHARTED_AT_FIRST = 3;
/** Rows of the first-appearance table shown before "show all". */
const FIRST_ROWS = 30;

export function Formulations(props: {
  entries: readonly LibraryEntry[];
  onPick: (key: string, month: string) => void;
  onOpen: (url: string) => void;
}) {
  const t = useT();
  const offered = useMemo(() => commonSlogans(props.entries).slice(0, OFFERED), [props.entries]);
  const [picked, setPicked] = useState<string[] | null>(null);
  const [allRows, setAllRows] = useState(false);
  const chosen = (picked ?? offered.slice(0, CHARTED_AT_FIRST).map((s) => s.key)).filter((key) =>
    offered.some((s) => s.key === key),
  );
  const timeline = useMemo(() => sloganTimeline(props.entries, chosen), [props.entries, chosen.join('\n')]);
  const firsts = useMemo(() => firstAppearances(props.entries), [props.entries]);
  if (offered.length === 0) return <p class="muted">{t('libraryNoFormulations')}</p>;

  const toggle = (key: string, on: boolean) => setPicked(on ? [...chosen, key] : chosen.filter((k) => k !== key));

  return (
    <>
      <fieldset class="slogan-picker">
        <legend>{t('libraryChartPick')}</legend>
        {offered.map((s) => (
          <label key={s.key}>
            <input
              type="checkbox"
              data-chart-slogan={s.key}
              checked={chosen.includes(s.key)}
              onChange={(event) => toggle(s.key, event.currentTarget.checked)}
            />
            {s.text} <span class="muted">{s.articles}</span>
          </label>
        ))}
      </fieldset>
      {timeline.months.length > 0 ? (
        <TimelineChart timeline={timeline} onPick={props.onPick} />
      ) : (
        <p class="muted">{t('libraryChartEmpty')}</p>
      )}
      <h3>{t('libraryFirstHeading')}</h3>
      <table class="firsts" data-firsts="">
        <thead>
          <tr>
            <th scope="col">{t('libraryFormulation')}</th>
            <th scope="col">{t('libraryFirstSeen')}</th>
            <th scope="col">{t('libraryFirstArticle')}</th>
            <th scope="col">{t('libraryArticles')}</th>
            <th scope="col">{t('libraryOccurrences')}</th>
          </tr>
        </thead>
        <tbody>
          {(allRows ? firsts : firsts.slice(0, FIRST_ROWS)).map((row) => (
            <tr key={row.key} data-formulation={row.key}>
              <th scope="row">{row.text}</th>
              <td>{row.first?.date.slice(0, 10) ?? t('fieldUnknown')}</td>
              <td>
                {row.first && (
                  <button type="button" class="link" onClick={() => props.onOpen(row.first!.url)}>
                    {row.first.title ?? row.first.url}
                  </button>
                )}
              </td>
              <td class="number">{row.articles}</td>
              <td class="number">{row.occurrences}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!allRows && firsts.length > FIRST_ROWS && (
        <button type="button" class="link" onClick={() => setAllRows(true)}>
          {t('libraryShowAll', [firsts.length])}
        </button>
      )}
    </>
  );
}

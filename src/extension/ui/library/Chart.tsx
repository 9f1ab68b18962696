/**
 * Occurrences of the chosen formulations per publish month, as an SVG line chart drawn by preact (DOM elements, no
 * markup strings). Every point is a button: it shows the articles behind it.
 */
import type { Timeline } from '../../../core/library/formulations';
import { useT } from '../i18n';

const WIDTH = 760;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 28, bottom: 36, left: 40 };
/** Lines that stay apart on a light and on a dark background. */
export const SERIES_COLOURS = ['#c0392b', '#1f77b4', '#2ca02c', '#9467bd', '#e69f00', '#17becf'];

export function TimelineChart(props: { timeline: Timeline; onPick: (key: string, month: string) => void }) {
  const t = useT();
  const { months, series } = props.timeline;
  const max = Math.max(1, ...series.flatMap((s) => s.counts));
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (i: number) => MARGIN.left + (months.length <= 1 ? innerWidth / 2 : (i * innerWidth) / (months.length - 1));
  const y = (count: number) => MARGIN.top + innerHeight - (count / max) * innerHeight;
  const labelEvery = Math.max(1, Math.ceil(months.length / 12));
  const ticks = [...new Set([0, Math.round(max / 2), max])];

  return (
    <figure class="chart">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG holding point buttons; a fieldset cannot be one */}
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={t('libraryChartLabel', [months[0] ?? '', months.at(-1) ?? ''])}
        data-chart=""
      >
        {ticks.map((tick) => (
          <g key={`y${tick}`} class="tick">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 6} y={y(tick) + 4} text-anchor="end">
              {tick}
            </text>
          </g>
        ))}
        {months.map((month, i) =>
          i % labelEvery === 0 ? (
            <text
              key={month}
              class="month"
              x={x(i)}
              y={HEIGHT - 12}
              text-anchor={
                months.length > 1 && i === months.length - 1 ? 'end' : i === 0 && months.length > 1 ? 'start' : 'middle'
              }
            >
              {month}
            </text>
          ) : null,
        )}
        {series.map((s, n) => {
          const colour = SERIES_COLOURS[n % SERIES_COLOURS.length]!;
          return (
            <g key={s.key} data-series={s.key}>
              <polyline
                fill="none"
                stroke={colour}
                stroke-width="2"
                points={s.counts.map((count, i) => `${x(i)},${y(count)}`).join(' ')}
              />
              {s.counts.map((count, i) =>
                count > 0 ? (
                  // biome-ignore lint/a11y/useSemanticElements: an SVG point cannot be a <button>; it acts as one
                  <circle
                    key={months[i]}
                    cx={x(i)}
                    cy={y(count)}
                    r="5"
                    fill={colour}
                    role="button"
                    tabIndex={0}
                    data-month={months[i]}
                    data-count={count}
                    aria-label={t('libraryChartPoint', [s.text, months[i]!, count, s.urls[i]!.length])}
                    onClick={() => props.onPick(s.key, months[i]!)}
                    onKeyDown={(event) => {
                      if (event.key !== 'Enter' && event.key !== ' ') return;
                      event.preventDefault();
                      props.onPick(s.key, months[i]!);
                    }}
                  >
                    <title>{t('libraryChartPoint', [s.text, months[i]!, count, s.urls[i]!.length])}</title>
                  </circle>
                ) : null,
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="legend">
          {series.map((s, n) => (
            <li key={s.key}>
              <span class="swatch" style={{ background: SERIES_COLOURS[n % SERIES_COLOURS.length] }} />
              {s.text} <span class="muted">({s.counts.reduce((a, b) => a + b, 0)})</span>
            </li>
          ))}
        </ul>
        {props.timeline.undated > 0 && <p class="muted">{t('libraryChartUndated', [props.timeline.undated])}</p>}
      </figcaption>
    </figure>
  );
}

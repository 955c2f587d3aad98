import { useId, useState } from 'react';
import type { CompetencyMastery } from '../../../engine/progress/mastery';
import { masteryWindow, reachedThreshold, workingThreshold } from '../../../engine/progress/mastery';
import { useTranslation } from '../../../i18n/i18n';
import { useCompetencyLabel } from '../../use-competency-label';
import { useFormatters } from './format';
import { cellStyle, sectionStyle } from './layout';

// Drawing area, in SVG units; the SVG scales to the width of its container.
const width = 640;
const height = 240;
const left = 48;
const right = 16;
const top = 12;
const bottom = 36;
const plotWidth = width - left - right;
const plotHeight = height - top - bottom;
const ink = '#1b1f24';
const muted = '#4a5360';
const line = '#cdd3db';
const brand = '#0b5cad';

const yOf = (percent: number) => top + plotHeight * (1 - percent / 100);
/** One step per result, in date order (several calls a day would pile up on a true time scale). */
const xOf = (index: number, count: number) =>
  count <= 1 ? left + plotWidth / 2 : left + (index * plotWidth) / (count - 1);

/**
 * Mastery of one competency over the trainee's calls, chosen with a labelled select: a lean SVG line (mastery)
 * with dots (each call's result), and the same numbers in a table for screen readers and for print.
 */
export function MasteryChart({
  masteries,
  initial,
  titleOf,
}: {
  masteries: readonly CompetencyMastery[];
  /** The competency shown first (the weakest). */
  initial: string | undefined;
  titleOf: (scenarioKey: string) => string;
}) {
  const { t } = useTranslation();
  const label = useCompetencyLabel();
  const format = useFormatters();
  const selectId = useId();
  const [chosen, setChosen] = useState<string | undefined>(initial);
  const options = [...masteries].sort((a, b) => label(a.competency).localeCompare(label(b.competency)));
  const current =
    masteries.find((m) => m.competency === chosen) ??
    masteries.find((m) => m.competency === initial) ??
    options[0];
  if (!current) return null;

  const name = label(current.competency);
  const points = current.points;
  const first = points[0];
  const last = points[points.length - 1];
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${xOf(i, points.length).toFixed(1)},${yOf(p.mastery).toFixed(1)}`)
    .join(' ');

  return (
    <section aria-labelledby="history-chart-heading" className="mastery-chart" style={sectionStyle}>
      <h3 id="history-chart-heading">{t('history.mastery')}</h3>
      <p className="meta">
        {t('history.masteryRule', {
          window: masteryWindow,
          working: workingThreshold,
          reached: reachedThreshold,
        })}
      </p>
      <p>
        <label htmlFor={selectId}>{t('history.competency')}</label>{' '}
        <select
          id={selectId}
          value={current.competency}
          onChange={(event) => setChosen(event.target.value)}
          style={{ maxWidth: '100%' }}
        >
          {options.map((m) => (
            <option key={m.competency} value={m.competency}>
              {label(m.competency)}
            </option>
          ))}
        </select>
      </p>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: `${width}px`, display: 'block', background: '#fff' }}
        role="img"
        aria-label={t('history.chartLabel', {
          competency: name,
          count: points.length,
          first: first?.mastery ?? 0,
          last: last?.mastery ?? 0,
        })}
      >
        {[0, workingThreshold, reachedThreshold, 100].map((value) => (
          <g key={value}>
            <line
              x1={left}
              x2={width - right}
              y1={yOf(value)}
              y2={yOf(value)}
              stroke={line}
              strokeDasharray={value === 0 || value === 100 ? undefined : '4 4'}
            />
            <text x={left - 6} y={yOf(value) + 4} textAnchor="end" fontSize="12" fill={muted}>
              {format.percent(value)}
            </text>
          </g>
        ))}
        {first && (
          <text
            x={xOf(0, points.length)}
            y={height - 12}
            textAnchor={points.length > 1 ? 'start' : 'middle'}
            fontSize="12"
            fill={muted}
          >
            {format.shortDate(first.at)}
          </text>
        )}
        {last && points.length > 1 && (
          <text
            x={xOf(points.length - 1, points.length)}
            y={height - 12}
            textAnchor="end"
            fontSize="12"
            fill={muted}
          >
            {format.shortDate(last.at)}
          </text>
        )}
        <path
          className="chart-mastery"
          d={path}
          fill="none"
          stroke={brand}
          strokeWidth="3"
          strokeLinejoin="round"
        />
        {points.map((p, i) => (
          <circle
            key={p.attemptId}
            className="chart-result"
            cx={xOf(i, points.length)}
            cy={yOf(p.percent)}
            r="4"
            fill="#fff"
            stroke={ink}
            strokeWidth="1.5"
          />
        ))}
      </svg>
      <p className="meta" aria-hidden="true">
        <span style={{ color: brand, fontWeight: 700 }}>━</span>{' '}
        {t('history.legendMastery', { window: masteryWindow })}
        {'   '}
        <span style={{ color: ink }}>○</span> {t('history.legendResult')}
      </p>
      <table className="scores chart-table">
        <caption>{t('history.chartTable', { competency: name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.date')}</th>
            <th scope="col">{t('history.call')}</th>
            <th scope="col">{t('history.callResult')}</th>
            <th scope="col">{t('history.masteryValue')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.attemptId}>
              <th scope="row">{format.dateTime(p.at)}</th>
              <td style={{ ...cellStyle, whiteSpace: 'normal' }}>{titleOf(p.scenarioKey)}</td>
              <td style={cellStyle}>{format.percent(p.percent)}</td>
              <td style={cellStyle}>{format.percent(p.mastery)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

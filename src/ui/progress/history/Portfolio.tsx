import { useEffect, useState } from 'react';
import type { Attempt } from '../../../engine/progress/attempt';
import type { CompetencyMastery } from '../../../engine/progress/mastery';
import { masteryBand, masteryWindow } from '../../../engine/progress/mastery';
import { competencyLabel } from '../../../i18n/competency-label';
import { useTranslation } from '../../../i18n/i18n';
import { useCompetencyLabel } from '../../use-competency-label';
import { useFormatters } from './format';
import { cellStyle, sectionStyle } from './layout';

/**
 * « Imprimer mon portfolio »: shows a printable training record (name, dates, calls, competencies with their
 * best and latest result in the profile's wording, the note that it is not an official title), then opens
 * the browser's print dialog. The print stylesheet (styles.css, @media print) keeps only this record.
 */
export function Portfolio({
  traineeName,
  scored,
  abandoned,
  masteries,
  titleOf,
}: {
  traineeName: string;
  /** Ended calls, oldest first. */
  scored: readonly Attempt[];
  /** How many calls were interrupted. */
  abandoned: number;
  masteries: readonly CompetencyMastery[];
  titleOf: (scenarioKey: string) => string;
}) {
  const { t, language } = useTranslation();
  const label = useCompetencyLabel();
  const format = useFormatters();
  // The print date is taken on click; the request counter makes every click print again.
  const [request, setRequest] = useState<{ at: number; count: number }>();

  useEffect(() => {
    if (request) window.print();
  }, [request]);

  const first = scored[0];
  const last = scored[scored.length - 1];
  const exams = scored.filter((a) => a.mode === 'exam').length;
  const sorted = [...masteries].sort(
    (a, b) => b.mastery - a.mastery || label(a.competency).localeCompare(label(b.competency)),
  );

  return (
    <>
      <section aria-labelledby="history-portfolio-heading" className="portfolio-tools" style={sectionStyle}>
        <h3 id="history-portfolio-heading">{t('history.portfolio.heading')}</h3>
        <p className="meta">{t('history.portfolio.intro')}</p>
        <p className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => setRequest((r) => ({ at: Date.now(), count: (r?.count ?? 0) + 1 }))}
          >
            {t('history.portfolio.print')}
          </button>
          {request && (
            <button type="button" onClick={() => setRequest(undefined)}>
              {t('history.portfolio.close')}
            </button>
          )}
        </p>
      </section>
      {request && (
        <section
          aria-labelledby="portfolio-title"
          className="portfolio"
          style={{
            background: '#fff',
            border: '1px solid #cdd3db',
            borderRadius: '10px',
            padding: '1rem',
            marginTop: '1rem',
          }}
        >
          <h3 id="portfolio-title">{t('history.portfolio.title', { name: traineeName })}</h3>
          <p className="portfolio-note">
            <strong>{t('history.portfolio.note')}</strong>
          </p>
          <dl className="portfolio-facts">
            <dt>{t('history.portfolio.trainee')}</dt>
            <dd>{traineeName}</dd>
            <dt>{t('history.portfolio.period')}</dt>
            <dd>
              {first && last
                ? t('history.portfolio.periodValue', {
                    from: format.date(first.startedAt),
                    to: format.date(last.startedAt),
                  })
                : t('history.notScored')}
            </dd>
            <dt>{t('history.portfolio.calls')}</dt>
            <dd>{t('history.portfolio.callsValue', { count: scored.length, exams, abandoned })}</dd>
            <dt>{t('history.portfolio.printedOn')}</dt>
            <dd>{format.date(request.at)}</dd>
          </dl>

          <h4>{t('history.portfolio.competencies')}</h4>
          {sorted.length === 0 ? (
            <p>{t('history.noResults')}</p>
          ) : (
            <table className="scores">
              <thead>
                <tr>
                  <th scope="col">{t('history.portfolio.profileWording')}</th>
                  <th scope="col">{t('history.results')}</th>
                  <th scope="col">{t('history.best')}</th>
                  <th scope="col">{t('history.latest')}</th>
                  <th scope="col">{t('history.masteryValue')}</th>
                  <th scope="col">{t('history.band')}</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((m) => (
                  <tr key={m.competency}>
                    <th scope="row">
                      {label(m.competency)}
                      {language !== 'fr' && (
                        <>
                          <br />
                          <span className="meta" lang="fr">
                            {competencyLabel(m.competency, 'fr')}
                          </span>
                        </>
                      )}
                    </th>
                    <td style={cellStyle}>{m.points.length}</td>
                    <td style={cellStyle}>{format.percent(m.best)}</td>
                    <td style={cellStyle}>{format.percent(m.latest)}</td>
                    <td style={cellStyle}>{format.percent(m.mastery)}</td>
                    <td style={cellStyle}>{t(`history.bands.${masteryBand(m.mastery)}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          <h4>{t('history.portfolio.attempts')}</h4>
          {scored.length === 0 ? (
            <p>{t('history.noResults')}</p>
          ) : (
            <table className="scores">
              <thead>
                <tr>
                  <th scope="col">{t('history.date')}</th>
                  <th scope="col">{t('history.call')}</th>
                  <th scope="col">{t('history.mode')}</th>
                  <th scope="col">{t('history.result')}</th>
                  <th scope="col">{t('history.score')}</th>
                </tr>
              </thead>
              <tbody>
                {scored.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{format.dateTime(a.startedAt)}</th>
                    <td style={{ ...cellStyle, whiteSpace: 'normal' }}>{titleOf(a.scenarioKey)}</td>
                    <td style={cellStyle}>{t(`modes.${a.mode}`)}</td>
                    <td style={cellStyle}>
                      {a.outcome ? t(`outcomes.${a.outcome}`) : t('history.notScored')}
                    </td>
                    <td style={cellStyle}>
                      {a.overall !== undefined ? format.percent(a.overall) : t('history.notScored')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="meta">{t('history.portfolio.footer', { window: masteryWindow })}</p>
        </section>
      )}
    </>
  );
}

import { useTranslation } from '../../i18n/i18n';
import type { Finding } from '../../engine/procedures/finding';

/** One procedure finding, in words: respected or not, and why it matters. */
export function FindingItem({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  return (
    <li className={finding.ok ? 'finding ok' : 'finding broken'}>
      <strong>{finding.ok ? t('debrief.ruleOk') : t('debrief.ruleBroken')}</strong> —{' '}
      {t(`rules.${finding.rule}.${finding.ok ? 'ok' : 'broken'}`, finding.params)}
    </li>
  );
}

/** Findings made when the call ended (recap, closing, who hung up...). */
export function FindingList({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('debrief.rulesHeading')}</h2>
      <ul className="findings">
        {findings.map((finding, index) => (
          <FindingItem key={index} finding={finding} />
        ))}
      </ul>
    </section>
  );
}

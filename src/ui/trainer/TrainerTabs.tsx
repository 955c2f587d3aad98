import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/i18n';

export const trainerSections = ['assign', 'cohort', 'lms'] as const;
export type TrainerSection = (typeof trainerSections)[number];

/** The area's sections as an ARIA tab list: arrow keys move between tabs, Home/End jump to the ends. */
export function TrainerTabs({
  current,
  onChange,
}: {
  current: TrainerSection;
  onChange: (section: TrainerSection) => void;
}) {
  const { t } = useTranslation();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = trainerSections.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % trainerSections.length
        : event.key === 'ArrowLeft'
          ? (index + last) % trainerSections.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    const section = trainerSections[next];
    if (!section) return;
    onChange(section);
    tabs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('trainer.sections')} className="trainer-tabs">
      {trainerSections.map((section, index) => (
        <button
          key={section}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={`trainer-tab-${section}`}
          aria-selected={section === current}
          aria-controls={`trainer-panel-${section}`}
          tabIndex={section === current ? 0 : -1}
          onClick={() => onChange(section)}
          onKeyDown={(event) => move(event, index)}
        >
          {t(`trainer.${section}`)}
        </button>
      ))}
    </div>
  );
}

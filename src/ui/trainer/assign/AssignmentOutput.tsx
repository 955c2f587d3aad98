import { useContext, useId, useRef, useState } from 'react';
import { PackageAssignment } from '../package-assignment';
import type { Assignment } from '../../../engine/assignment/assignment';
import { qrCodeSvg, svgDataUrl } from '../../../engine/assignment/qr-code';
import { useTranslation } from '../../../i18n/i18n';

/** What the trainer hands out: the link (with a copy button), its QR code, and the short code. */
export interface AssignmentHandout {
  /** The composed assignment. */
  assignment: Assignment;
  /** The full link. */
  link: string;
  /** The short code, when the assignment has one (at most 20 calls). */
  code: string | undefined;
}

/** Writes to the clipboard; the browser may refuse (no permission, insecure page). */
export type CopyText = (text: string) => Promise<void>;

const clipboardCopy: CopyText = async (text) => {
  if (!navigator.clipboard) throw new Error('no clipboard');
  await navigator.clipboard.writeText(text);
};

/** The handout, laid out to be projected or printed (the print button prints only this part). */
export function AssignmentOutput({
  handout,
  callTitles,
  copyText = clipboardCopy,
}: {
  handout: AssignmentHandout;
  /** The calls' titles, in the assignment's order and language. */
  callTitles: string[];
  copyText?: CopyText;
}) {
  const { t, language } = useTranslation();
  const id = useId();
  const linkField = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<{ ok: boolean; count: number } | undefined>();
  const { assignment, link, code } = handout;
  const packageAssignment = useContext(PackageAssignment);
  const qr = svgDataUrl(qrCodeSvg(link));

  const copyLink = async () => {
    try {
      await copyText(link);
      setCopy((previous) => ({ ok: true, count: (previous?.count ?? 0) + 1 }));
    } catch {
      // Without clipboard access the link is selected, ready for Ctrl+C.
      linkField.current?.select();
      setCopy((previous) => ({ ok: false, count: (previous?.count ?? 0) + 1 }));
    }
  };

  const day = assignment.due
    ? new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(`${assignment.due}T12:00:00`))
    : undefined;

  return (
    <section className="assignment-output" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {t('assign.output.heading', { title: assignment.title })}
      </h2>
      {assignment.issuedBy && <p>{t('assign.output.issuedBy', { name: assignment.issuedBy })}</p>}
      <p>
        {t('assign.output.summary', {
          count: assignment.scenarios.length,
          mode: t(`modes.${assignment.mode}`),
          language: t(`assign.languageNames.${assignment.callLanguage}`),
          passMark: assignment.passMark,
        })}{' '}
        · {day ? t('assign.output.dueLine', { date: day }) : t('assign.output.noDue')}
      </p>
      <ol className="handout-calls">
        {callTitles.map((title, position) => (
          <li key={assignment.scenarios[position]} lang={assignment.callLanguage}>
            {title}
          </li>
        ))}
      </ol>
      <p className="hint no-print">{t('assign.output.intro')}</p>

      <div className="field handout-link">
        <label htmlFor={`${id}-link`}>{t('assign.output.link')}</label>
        <input
          ref={linkField}
          id={`${id}-link`}
          type="text"
          readOnly
          value={link}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="no-print" onClick={() => void copyLink()}>
          {t('assign.output.copy')}
        </button>
        <p className="print-only handout-link-text">{link}</p>
        <div role="status" className="no-print">
          {copy && <p key={copy.count}>{t(copy.ok ? 'assign.output.copied' : 'assign.output.copyFailed')}</p>}
        </div>
      </div>

      <figure className="handout-qr">
        <img src={qr} alt={t('assign.output.qrAlt', { title: assignment.title })} width={240} height={240} />
        <figcaption>{t('assign.output.qr')}</figcaption>
      </figure>

      <div className="handout-code">
        <h3>{t('assign.output.code')}</h3>
        {code ? (
          <>
            <p className="short-code">
              <code>{code}</code>
            </p>
            <p className="hint">{t('assign.output.codeHint')}</p>
            {assignment.lrs && <p className="notice warning">{t('assign.output.codeNoLrs')}</p>}
          </>
        ) : (
          <p>{t('assign.output.noCode')}</p>
        )}
      </div>

      <p className="no-print">
        <button type="button" onClick={() => window.print()}>
          {t('assign.output.print')}
        </button>{' '}
        {packageAssignment && (
          <button type="button" onClick={() => packageAssignment(assignment)}>
            {t('assign.output.package')}
          </button>
        )}
      </p>
    </section>
  );
}

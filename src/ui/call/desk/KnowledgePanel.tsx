import { useId, useState } from 'react';
import { highlight, searchArticles } from '../../../engine/desk/search-articles';
import type { Article, Scenario } from '../../../engine/scenario/types';
import { useTranslation } from '../../../i18n/i18n';

/** Highlighted text: the query's words are marked. */
function Marked({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlight(text, query).map((piece, index) =>
        piece.match ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
      )}
    </>
  );
}

/** Search over the call's articles and scripts: ranked results, matches highlighted, one article open. */
export function KnowledgePanel({
  scenario,
  onOpen,
}: {
  scenario: Scenario;
  onOpen: (target: string) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<Article | undefined>();
  const inputId = useId();
  const hits = searchArticles(scenario.knowledgeBase ?? [], query);
  return (
    <div className="knowledge">
      <label htmlFor={inputId}>{t('desk.search')}</label>
      <input id={inputId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      <p role="status" className="hint">
        {t('desk.results', { count: hits.length })}
      </p>
      <ul className="kb-results">
        {hits.map(({ article }) => (
          <li key={article.id}>
            <button
              type="button"
              className="link-like"
              aria-expanded={open?.id === article.id}
              onClick={() => {
                setOpen(open?.id === article.id ? undefined : article);
                onOpen(`kb:${article.id}`);
              }}
            >
              <span lang={scenario.language}>
                <Marked text={article.title} query={query} />
              </span>
            </button>
            {open?.id === article.id && (
              <article className="kb-article" lang={scenario.language}>
                <p>
                  <Marked text={article.body} query={query} />
                </p>
              </article>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

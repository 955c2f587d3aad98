import type { Article } from '../scenario/types';

/** Lower case without accents, so « reexpedition » finds « réexpédition ». */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function terms(query: string): string[] {
  return [
    ...new Set(
      fold(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((t) => t.length >= 2),
    ),
  ];
}

function count(haystack: string, term: string): number {
  let n = 0;
  for (let i = haystack.indexOf(term); i >= 0; i = haystack.indexOf(term, i + term.length)) n++;
  return n;
}

/** One search result: the article and how well it matched. */
export interface SearchHit {
  /** The article found. */
  article: Article;
  /** Title matches count triple, keywords double, body once. */
  score: number;
}

/** Articles matching every term of the query (prefix match), best first. An empty query lists them all. */
export function searchArticles(articles: readonly Article[], query: string): SearchHit[] {
  const wanted = terms(query);
  if (wanted.length === 0) return articles.map((article) => ({ article, score: 0 }));
  return articles
    .map((article) => {
      const title = fold(article.title);
      const keywords = fold((article.keywords ?? []).join(' '));
      const body = fold(article.body);
      let score = 0;
      for (const term of wanted) {
        const hits = 3 * count(title, term) + 2 * count(keywords, term) + count(body, term);
        if (hits === 0) return { article, score: 0 };
        score += hits;
      }
      return { article, score };
    })
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** Splits a text into plain and matched pieces, for highlighting the query's terms. */
export function highlight(text: string, query: string): { text: string; match: boolean }[] {
  const wanted = terms(query);
  if (wanted.length === 0) return [{ text, match: false }];
  const folded = fold(text);
  const marks = new Array<boolean>(text.length).fill(false);
  for (const term of wanted) {
    for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + 1))
      marks.fill(true, i, i + term.length);
  }
  const pieces: { text: string; match: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = pieces[pieces.length - 1];
    if (last && last.match === marks[i]) last.text += text[i];
    else pieces.push({ text: text[i] ?? '', match: marks[i] ?? false });
  }
  return pieces;
}

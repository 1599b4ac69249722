import { useCallback, useEffect, useState } from 'react';
import { api } from './api';

/**
 * Runs a write, then refreshes what the page shows; keeps the last error for the page to show.
 */
export function useAction(refresh: () => void) {
  const [error, setError] = useState<string | null>(null);
  const act = useCallback(async (request: Promise<unknown>) => {
    try {
      await request;
      setError(null);
      refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  }, [refresh]);
  return { error, setError, act };
}

/**
 * What the API finds for a typed query, asked a moment after typing stops, once at least two
 * letters are typed; an answer to an earlier query never replaces a later one.
 */
export function useSearch<T>(query: string, url: (q: string) => string): T[] {
  const [found, setFound] = useState<T[]>([]);
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) { setFound([]); return; }
    let current = true;
    const timer = setTimeout(() => {
      api<T[]>(url(encodeURIComponent(q))).then((list) => { if (current) setFound(list); }).catch(() => { if (current) setFound([]); });
    }, 250);
    return () => { current = false; clearTimeout(timer); };
  }, [query]); // url is a pure function of the query at every call site
  return found;
}

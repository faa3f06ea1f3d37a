import { untrack } from 'svelte';
import { describeError } from '../graphql/handle-error';

export type LoadStatus = 'loading' | 'ready' | 'error';

/**
 * Data loaded from the API, reloaded whenever the query (e.g. the region in the URL) changes value.
 * Queries compare by content, so re-deriving an equal query object does not refetch. The previous
 * data stays visible while the next loads, and an answer that arrives after a newer request started
 * is dropped.
 */
export class Resource<T, Query = null> {
  status = $state<LoadStatus>('loading');
  data = $state<T | undefined>(undefined);
  error = $state<string | null>(null);
  #generation = 0;
  #start: () => Promise<T> = () => Promise.reject(new Error('not started'));

  constructor(query: () => Query, load: (query: Query) => Promise<T>) {
    const key = $derived(JSON.stringify(query() ?? null));
    $effect(() => {
      void key;
      const current = untrack(query);
      this.#start = () => load(current);
      this.#run();
    });
  }

  retry = (): void => {
    this.#run();
  };

  #run(): void {
    const generation = ++this.#generation;
    this.status = 'loading';
    this.error = null;
    untrack(this.#start).then(
      (data) => {
        if (generation !== this.#generation) return;
        this.data = data;
        this.status = 'ready';
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        this.error = describeError(error);
        this.status = 'error';
      },
    );
  }
}

// Everything the Exports page shows is in its URL, so a run, or a comparison, can be shared.
export interface ExportsView {
  /** The open schedule. */
  schedule: string | null;
  /** The open run of that schedule. */
  run: string | null;
  /** The run the open run is compared with. */
  base: string | null;
  /** `new` for the create form, `edit` for editing the open schedule. */
  form: 'new' | 'edit' | null;
}

export function readExportsView(params: URLSearchParams): ExportsView {
  const schedule = params.get('schedule') || null;
  const run = schedule ? params.get('run') || null : null;
  const form = params.get('form');
  return {
    schedule,
    run,
    base: run ? params.get('base') || null : null,
    form: form === 'new' ? 'new' : form === 'edit' && schedule ? 'edit' : null,
  };
}

export type ThemeChoice = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'clout-theme';

function storedChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    // Storage can be blocked (private mode, strict settings): follow the system then.
    return 'system';
  }
}

const state = $state({ choice: storedChoice() });

export const theme = {
  get choice(): ThemeChoice {
    return state.choice;
  },
  set(choice: ThemeChoice): void {
    state.choice = choice;
    apply(choice);
    try {
      if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // Not remembered across visits; the choice still applies now.
    }
  },
};

/** Sets data-theme on <html>; app.css reads it, and prefers-color-scheme when it is absent. */
export function apply(choice: ThemeChoice = state.choice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

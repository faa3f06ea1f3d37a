// jsdom has no layout: charts measure their width with ResizeObserver (bind:clientWidth), so give
// them one that never fires; they keep their default width.
class StillResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

globalThis.ResizeObserver ??= StillResizeObserver as unknown as typeof ResizeObserver;

export type Listener = (e?: unknown) => void;

/**
 * A page element that accepts whatever the pane does to it: its listeners are kept by event
 * type (`listeners`), the click listeners also as `clicks`; a property never set reads as a
 * function doing nothing, and a form's `elements.namedItem` as another such element.
 */
export function fakeElement(dataset: Record<string, string> = {}): Record<string, unknown> {
  const listeners: Record<string, Listener[]> = { click: [] };
  const props: Record<string, unknown> = {
    dataset,
    hidden: false,
    value: "",
    textContent: "",
    checked: false,
    listeners,
    clicks: listeners.click,
    addEventListener: (type: string, fn: Listener) => (listeners[type] ??= []).push(fn),
  };
  return new Proxy(props, {
    get: (target, key: string) =>
      key in target
        ? target[key]
        : key === "elements"
          ? { namedItem: () => fakeElement() }
          : key === "then"
            ? undefined
            : () => undefined,
    set: (target, key: string, v) => ((target[key] = v), true),
  });
}

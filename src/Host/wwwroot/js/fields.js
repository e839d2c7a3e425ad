// What an input holds right now in the browser: a key handler reads this instead of the last value the server was sent,
// which may still be on its way when a scanner (or a fast typist) presses Enter.
export function valueOf(element) {
  return element?.value ?? "";
}

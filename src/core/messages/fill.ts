/**
 * Fills `{name}` placeholders of a message template; a placeholder without a value (or
 * naming an inherited property such as `constructor`) is left as it is. Shared by the
 * calculation messages and the task pane's texts.
 * @example fill("Step {n} of {total}", { n: 2, total: 6 }) // "Step 2 of 6"
 * @example fill("{constructor} {missing}", {}) // "{constructor} {missing}"
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole
  );
}

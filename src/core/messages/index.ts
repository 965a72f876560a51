export { en, type Catalog, type MessageKey } from "./en";
export { fi } from "./fi";
export { sv } from "./sv";
export { formatError, isMessageKey } from "./formatError";
export { formatEuros, formatNumber, formatPercent, type Locale } from "./formatNumber";

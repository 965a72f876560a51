export { en, type Catalog, type MessageKey } from "./en";
export { fi } from "./fi";
export { sv } from "./sv";
export { formatError, isMessageKey } from "./formatError";
export { fill } from "./fill";
export { formatEuros, formatNumber, formatPercent, INTL_TAGS, type Locale } from "./formatNumber";
export { localeOf, LOCALES } from "./localeOf";

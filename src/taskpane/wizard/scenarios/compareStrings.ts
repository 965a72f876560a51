/**
 * The texts of the scenarios' comparison (a lazy chunk with the view, so they stay off the
 * pane's first screen), fi/sv/en. The scenario bar's own texts are in the pane's i18n.
 */
import type { Language } from "../../i18n";

const en = {
  title: "Scenarios side by side",
  choose: "Scenarios to compare",
  needTwo: "Choose at least two scenarios.",
  back: "Back to the wizard",
  incomplete: "{name} is not complete: {step}.",
  goTo: "Open {step} in {name}",
  legend: "Bold on a tinted background: differs from {name}.",
  differs: "differs from {name}",
  notMember: "not a member",
  notComputed: "not computed",
  scroll: "{caption}; scrolls sideways",
  figure: "Figure",
  municipality: "Municipality",
  results: "Area, subsidy and staffing",
  labourForce: "Labour force",
  verdict: "Minimum labour force",
  meets: "meets",
  short: "short by {value}",
  contiguity: "Connected area",
  connected: "yes",
  parts: "no: {count} parts, {parts}",
  subsidy: "State subsidy in total",
  budget: "Budget",
  cap: "Payment cap",
  headroom: "Headroom under the cap",
  need: "FTE need, {line}",
  needTotal: "FTE need in total",
  lines: ["multi-sector", "skills", "personal coach"],
  subsidies: "State subsidy per member",
  payments: "Payment per member",
  split: "Transferring FTE per member",
  create: "Create comparison sheet",
};

/** Keys and shapes every language must provide. */
export type CompareStrings = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends readonly string[]
    ? readonly string[]
    : string;
};

const fi: CompareStrings = {
  title: "Vaihtoehdot rinnakkain",
  choose: "Verrattavat vaihtoehdot",
  needTwo: "Valitse vähintään kaksi vaihtoehtoa.",
  back: "Takaisin ohjattuun suunnitteluun",
  incomplete: "{name} on kesken: {step}.",
  goTo: "Avaa {step}, {name}",
  legend: "Lihavoitu ja sävytetty: eroaa vaihtoehdosta {name}.",
  differs: "eroaa vaihtoehdosta {name}",
  notMember: "ei jäsen",
  notComputed: "ei laskettu",
  scroll: "{caption}; vierittyy sivusuunnassa",
  figure: "Tieto",
  municipality: "Kunta",
  results: "Alue, valtionosuus ja henkilöstö",
  labourForce: "Työvoima",
  verdict: "Työvoiman vähimmäismäärä",
  meets: "täyttyy",
  short: "vajaus {value}",
  contiguity: "Yhtenäinen alue",
  connected: "kyllä",
  parts: "ei: {count} osaa, {parts}",
  subsidy: "Valtionosuus yhteensä",
  budget: "Talousarvio",
  cap: "Maksuosuuksien katto",
  headroom: "Liikkumavara katon alla",
  need: "Htv-tarve, {line}",
  needTotal: "Htv-tarve yhteensä",
  lines: ["monialainen", "osaaminen", "omavalmentaja"],
  subsidies: "Valtionosuus jäsenkunnittain",
  payments: "Maksuosuus jäsenkunnittain",
  split: "Siirtyvät htv:t jäsenkunnittain",
  create: "Luo vertailutaulukko",
};

const sv: CompareStrings = {
  title: "Alternativen sida vid sida",
  choose: "Alternativ att jämföra",
  needTwo: "Välj minst två alternativ.",
  back: "Tillbaka till guiden",
  incomplete: "{name} är inte färdigt: {step}.",
  goTo: "Öppna {step} i {name}",
  legend: "Fetstil på tonad bakgrund: skiljer sig från {name}.",
  differs: "skiljer sig från {name}",
  notMember: "inte medlem",
  notComputed: "inte beräknat",
  scroll: "{caption}; rullar i sidled",
  figure: "Uppgift",
  municipality: "Kommun",
  results: "Område, statsandel och personal",
  labourForce: "Arbetskraft",
  verdict: "Minsta arbetskraft",
  meets: "uppfylls",
  short: "saknas {value}",
  contiguity: "Sammanhängande område",
  connected: "ja",
  parts: "nej: {count} delar, {parts}",
  subsidy: "Statsandel totalt",
  budget: "Budget",
  cap: "Tak för betalningsandelar",
  headroom: "Marginal under taket",
  need: "Årsverken som behövs, {line}",
  needTotal: "Årsverken som behövs totalt",
  lines: ["sektorsövergripande", "kompetens", "egen coach"],
  subsidies: "Statsandel per medlemskommun",
  payments: "Betalningsandel per medlemskommun",
  split: "Överförda årsverken per medlemskommun",
  create: "Skapa jämförelseblad",
};

export const COMPARE_STRINGS: Readonly<Record<Language, CompareStrings>> = { en, fi, sv };

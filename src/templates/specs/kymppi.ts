/**
 * The Kymppi joint authority's example figures shared by several templates: its ten member
 * municipalities (basic agreement 25.9.2023, § 2) and a labour force per member constructed
 * for illustration so that they add up to the Kymppi plan's 28 616 (June 2023).
 */
export const KYMPPI_MEMBERS = [
  "Alajärvi",
  "Alavus",
  "Evijärvi",
  "Kauhava",
  "Kuortane",
  "Lappajärvi",
  "Lapua",
  "Soini",
  "Vimpeli",
  "Ähtäri",
];

/** Constructed, not statistics: each member's labour force, in the order of the members. */
export const KYMPPI_LABOUR_FORCE = [3879, 4588, 1001, 6215, 1460, 1210, 5881, 834, 1210, 2338];

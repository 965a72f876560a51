// The webpack entry of the custom functions (namespace TYOALUE): binds every catalogue id to
// its adapter. Excel's metadata (functions*.json) is generated from the same catalogue
// entries at build time (scripts/functions-build.js). Only the webpack entry imports this file.
import { associateAll } from "./associate";

associateAll((id, f) => CustomFunctions.associate(id, f));

// Prettier: Office add-ins' shared settings (printWidth 100, trailingComma "es5").
module.exports = require("office-addin-prettier-config");

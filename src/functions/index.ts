/**
 * The custom functions bundle. Each module below declares functions with @customfunction
 * JSDoc; at build time custom-functions-metadata-plugin writes functions.json from them and
 * appends the CustomFunctions.associate(...) calls to each module.
 */
import "./tierFunctions";
import "./paretoFunctions";
import "./explainFunction";
import "./quadrantFunctions";
import "./periodFunctions";
import "./strategyFunction";
import "./transitionFunctions";
import "./ordersFunctions";
import "./rfmFunctions";
import "./lifecycleFunctions";
import "./bgnbdFunctions";

/**
 * The custom functions bundle. Each module below declares functions with @customfunction
 * JSDoc; at build time custom-functions-metadata-plugin writes functions.json from them and
 * appends the CustomFunctions.associate(...) calls to each module.
 */
import { startLanguageFromOffice } from "../i18n/languagePreference";
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
import "./clvFunctions";
import "./whyFunctions";
import "./xyzFunctions";
import "./cohortFunctions";

// Messages and table headers in Office's display language (or the one picked in the task pane),
// from the moment Office is ready; outside Office (tests, fuzzing) English.
startLanguageFromOffice();

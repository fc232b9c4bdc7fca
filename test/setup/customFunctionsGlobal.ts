/**
 * Excel's custom-functions runtime provides a `CustomFunctions` global; jest does not.
 * This stand-in behaves like the real one for what our code uses: `Error` carries an error
 * code and an optional message, `ErrorCode` holds the cell strings, and `associate` records
 * which id maps to which function (so tests can check the built bundle's registrations).
 */
import { installCustomFunctionsGlobal } from "./customFunctionsStandIn";

installCustomFunctionsGlobal(globalThis as unknown as Record<string, unknown>);

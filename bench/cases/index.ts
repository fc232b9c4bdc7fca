/** Every benchmark case, in the order the table prints them. Add a module's cases here. */
import { BenchCase } from "../harness";
import { tierCases } from "./tiers";
import { versusCases } from "./versusOthers";

export const allCases: BenchCase[] = [...tierCases, ...versusCases];

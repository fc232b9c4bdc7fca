/** Every benchmark case, in the order the table prints them. Add a module's cases here. */
import { BenchCase } from "../harness";
import { tierCases } from "./tiers";
import { quadrantCases } from "./quadrant";
import { versusCases } from "./versusOthers";
import { orderCases } from "./orders";
import { scalingCases } from "./scaling";
import { clvCases } from "./clv";
import { whyCases } from "./why";
import { cohortCases } from "./cohort";

export const allCases: BenchCase[] = [...tierCases, ...versusCases, ...quadrantCases, ...orderCases, ...clvCases, ...cohortCases, ...scalingCases, ...whyCases];

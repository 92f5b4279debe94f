/**
 * What 汇总报送 needs in the pane, loaded as its own chunk only when the bureau picks the
 * schools' files: a school's pane never pays for the city's code in its first load.
 */
export { cityChartPlans, paneCitySpecs } from "../jobs/consolidate/city-chart-plans";
export { consolidateJob } from "../jobs/consolidate/job";
export { cityJson } from "../jobs/consolidate/json";
export { citySheets } from "../jobs/consolidate/sheets";

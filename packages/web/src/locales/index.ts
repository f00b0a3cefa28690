/** The message catalogues, one JSON file per language and feature namespace. */
import enArchive from "./en-US/archive.json";
import enAuth from "./en-US/auth.json";
import enCommon from "./en-US/common.json";
import enCustomers from "./en-US/customers.json";
import enFollowUps from "./en-US/followUps.json";
import enGroups from "./en-US/groups.json";
import enImports from "./en-US/imports.json";
import enOverview from "./en-US/overview.json";
import enReviews from "./en-US/reviews.json";
import enSegments from "./en-US/segments.json";
import enSettings from "./en-US/settings.json";
import zhArchive from "./zh-CN/archive.json";
import zhAuth from "./zh-CN/auth.json";
import zhCommon from "./zh-CN/common.json";
import zhCustomers from "./zh-CN/customers.json";
import zhFollowUps from "./zh-CN/followUps.json";
import zhGroups from "./zh-CN/groups.json";
import zhImports from "./zh-CN/imports.json";
import zhOverview from "./zh-CN/overview.json";
import zhReviews from "./zh-CN/reviews.json";
import zhSegments from "./zh-CN/segments.json";
import zhSettings from "./zh-CN/settings.json";

const zhCN = {
  common: zhCommon,
  auth: zhAuth,
  overview: zhOverview,
  customers: zhCustomers,
  archive: zhArchive,
  followUps: zhFollowUps,
  reviews: zhReviews,
  groups: zhGroups,
  segments: zhSegments,
  imports: zhImports,
  settings: zhSettings,
};

export const resources = {
  "zh-CN": zhCN,
  "en-US": {
    common: enCommon,
    auth: enAuth,
    overview: enOverview,
    customers: enCustomers,
    archive: enArchive,
    followUps: enFollowUps,
    reviews: enReviews,
    groups: enGroups,
    segments: enSegments,
    imports: enImports,
    settings: enSettings,
  } satisfies typeof zhCN,
};

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: typeof zhCN;
  }
}

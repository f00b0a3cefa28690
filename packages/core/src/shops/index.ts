/** Shops: the tenant every business row belongs to. */
export { createShop, getShopBySlug, type Shop } from "./shops.service.ts";
export { CreateShopInput } from "./shops.schema.ts";

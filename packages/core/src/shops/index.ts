/** Shops: the tenant every business row belongs to. */

export { CreateShopInput } from "./shops.schema.ts";
export { createShop, getShopById, getShopBySlug, type Shop } from "./shops.service.ts";

/** Shops: the tenant every business row belongs to. */

export { CreateShopInput, canonicalTimeZone, TimeZone, UpdateShopInput } from "./shops.schema.ts";
export { createShop, getShopById, getShopBySlug, listShops, type Shop, updateShop } from "./shops.service.ts";

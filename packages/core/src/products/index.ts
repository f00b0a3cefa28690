/** Products: the picker's search by title or merchant code, and products by id, with their SKUs. */
export {
  ListProductsInput,
  listProducts,
  PRODUCT_SEARCH_LIMIT,
  type Product,
  type ProductSku,
} from "./products.service.ts";

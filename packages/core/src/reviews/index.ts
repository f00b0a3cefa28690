/** Product reviews (评价) on the customer archive: typed in by staff or imported from review exports. */

export { parseStars, REVIEW_ALIASES, resultStars } from "./review-columns.ts";
export { importReviews, MAX_RETURNED_REJECTS, type ReviewImportResult } from "./review-import.service.ts";
export { type Review, type ReviewRow, toReview } from "./reviews.mappers.ts";
export { customerReviewsQuery, eraseCustomerReviews } from "./reviews.repository.ts";
export { AddReviewInput, ListReviewsInput } from "./reviews.schema.ts";
export { addReview, deleteReview, listReviews } from "./reviews.service.ts";

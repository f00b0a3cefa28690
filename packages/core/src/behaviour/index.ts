/** Behaviour inferred from orders (payday, gift, promotion, season, sizes, colours, gender) with evidence. */
export {
  DecideInferenceInput,
  decideInference,
  INFERENCE_KINDS,
  type Inference,
  listInferences,
} from "./behaviour.service.ts";
export { giftFestivals, PROMOTION_WINDOWS } from "./festivals.ts";
export { type InferenceScope, inferBehaviour } from "./infer.repository.ts";

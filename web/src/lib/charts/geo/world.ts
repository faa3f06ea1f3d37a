import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';

// 1:110m country shapes from Natural Earth, bundled so the map never fetches tiles. Small states
// (Bahrain, for one) are too small for this scale; facilities there still get their markers.
const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

export const countries: FeatureCollection<Geometry, { name: string }> = feature(
  topology,
  topology.objects.countries,
);
